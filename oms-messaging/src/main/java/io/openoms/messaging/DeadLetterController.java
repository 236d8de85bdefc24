package io.openoms.messaging;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' view of this service's dead letters: list them, replay one after a fix.
 * Every service that consumes events has it, because each replays its own.
 */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterController {

	static final URI REPLAY_FAILED = URI.create("https://openoms.io/problems/replay-failed");

	static final URI NOT_FOUND = URI.create("https://openoms.io/problems/dead-letter-not-found");

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	List<DeadLetter> list() {
		return this.deadLetters.list();
	}

	@PostMapping("/{dltTopic}/{partition}/{offset}/replay")
	ResponseEntity<?> replay(@PathVariable("dltTopic") String dltTopic, @PathVariable("partition") int partition,
			@PathVariable("offset") long offset) {
		return this.deadLetters.replay(dltTopic, partition, offset)
			.<ResponseEntity<?>>map((replay) -> (replay.outcome() == ReplayOutcome.FAILED) ? replayFailed(replay)
					: ResponseEntity.ok(replay))
			.orElseGet(() -> notFound(dltTopic, partition, offset));
	}

	private static ResponseEntity<ProblemDetail> replayFailed(DeadLetterReplay replay) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Replaying %s-%d@%d failed again: %s. Nothing was applied and it stays a dead letter; fix the cause and replay it again."
					.formatted(replay.dltTopic(), replay.partition(), replay.offset(), replay.error()));
		problem.setType(REPLAY_FAILED);
		problem.setTitle("Replay failed");
		problem.setProperty("replay", replay);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static ResponseEntity<ProblemDetail> notFound(String dltTopic, int partition, long offset) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"This service has no dead letter at %s-%d@%d; GET /api/dead-letters lists the ones it has."
					.formatted(dltTopic, partition, offset));
		problem.setType(NOT_FOUND);
		problem.setTitle("No such dead letter");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}

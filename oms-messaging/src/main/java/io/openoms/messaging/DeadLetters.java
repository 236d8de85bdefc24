package io.openoms.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.Topics;
import io.openoms.messaging.DeadLetterReplays.Coordinates;
import io.openoms.messaging.DeadLetterReplays.History;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * This service's dead letters: the records on the dead-letter topics of the topics it
 * consumes that it gave up on ({@code oms-dlt-consumer} is this service). Other services'
 * dead letters on the same topics are theirs to list and replay.
 * <p>
 * A replay runs the record through this service's own {@link InboundEventDispatcher},
 * exactly as if it had just been consumed: decoded, deduplicated by event id, applied by
 * the handler in one transaction. Nothing is re-published, so the other consumers of the
 * topic, which applied the event long ago, never see it again. The record stays on the
 * dead-letter topic (Kafka cannot delete one record); every replay and its outcome is
 * recorded in {@code oms_messaging.dead_letter_replay}.
 */
public final class DeadLetters {

	/** Longest value text returned in a listing, in characters. */
	static final int VALUE_LIMIT = 4_000;

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final Set<String> dltTopics;

	private final DeadLetterReader reader;

	private final InboundEventDispatcher dispatcher;

	private final DeadLetterReplays replays;

	private final EventCodec codec;

	private final String consumer;

	private final Clock clock;

	DeadLetters(EventHandlers handlers, DeadLetterReader reader, InboundEventDispatcher dispatcher,
			DeadLetterReplays replays, EventCodec codec, String consumer, Clock clock) {
		this.dltTopics = handlers.topics().stream().map(Topics::deadLetterTopicOf).collect(Collectors.toSet());
		this.reader = reader;
		this.dispatcher = dispatcher;
		this.replays = replays;
		this.codec = codec;
		this.consumer = consumer;
		this.clock = clock;
	}

	/**
	 * Every dead letter of this service, from the beginning of its dead-letter topics to
	 * their current end, ordered by topic, partition and offset.
	 */
	public List<DeadLetter> list() {
		Map<Coordinates, History> histories = this.replays.historyOf(this.dltTopics);
		return this.reader.readAll(this.dltTopics)
			.stream()
			.filter(this::isOurs)
			.map((record) -> describe(record,
					histories.get(new Coordinates(record.topic(), record.partition(), record.offset()))))
			.toList();
	}

	/**
	 * Applies one dead letter through this service's consumer, once the cause of its
	 * failure is fixed.
	 * @return how the replay ended, or empty if there is no dead letter of this service
	 * at that place
	 */
	public Optional<DeadLetterReplay> replay(String dltTopic, int partition, long offset) {
		if (!this.dltTopics.contains(dltTopic) || partition < 0 || offset < 0) {
			return Optional.empty();
		}
		return this.reader.read(new TopicPartition(dltTopic, partition), offset).filter(this::isOurs).map(this::replay);
	}

	private DeadLetterReplay replay(ConsumerRecord<String, byte[]> record) {
		ReplayOutcome outcome;
		String error = null;
		try {
			outcome = ReplayOutcome.of(this.dispatcher.dispatch(record.key(), record.value()));
		}
		catch (RuntimeException ex) {
			outcome = ReplayOutcome.FAILED;
			error = FailureReason.of(ex);
			String message = "Replay of dead letter {}-{}@{} failed again; it stays a dead letter: {}";
			if (ex instanceof RejectedEventException) {
				log.warn(message, record.topic(), record.partition(), record.offset(), error);
			}
			else {
				log.warn(message, record.topic(), record.partition(), record.offset(), error, ex);
			}
		}
		DeadLetterReplay replay = new DeadLetterReplay(record.topic(), record.partition(), record.offset(), outcome,
				this.clock.instant(), error);
		this.replays.record(replay);
		if (outcome.resolved()) {
			log.info("Replayed dead letter {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), outcome);
		}
		return replay;
	}

	private boolean isOurs(ConsumerRecord<String, byte[]> record) {
		return this.consumer.equals(text(record, MessagingAutoConfiguration.DEAD_LETTER_CONSUMER_HEADER));
	}

	private DeadLetter describe(ConsumerRecord<String, byte[]> record, History history) {
		EventCodec.Identity identity = this.codec.identify(record.value());
		String value = (record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null;
		boolean truncated = value != null && value.length() > VALUE_LIMIT;
		return new DeadLetter(record.topic(), record.partition(), record.offset(),
				text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
				number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION).map(Long::intValue).orElse(null),
				number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET).orElse(null), record.key(), identity.type(),
				identity.eventId(), text(record, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER),
				failedAt(record), truncated ? value.substring(0, VALUE_LIMIT) : value, truncated,
				history != null && history.resolved(), (history != null) ? history.last() : null);
	}

	private static Instant failedAt(ConsumerRecord<String, byte[]> record) {
		String text = text(record, MessagingAutoConfiguration.DEAD_LETTER_FAILED_AT_HEADER);
		try {
			return (text != null) ? Instant.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * Spring Kafka writes the original partition as a 4-byte and the offset as an 8-byte
	 * big-endian number.
	 */
	private static Optional<Long> number(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		if (header == null || header.value() == null) {
			return Optional.empty();
		}
		byte[] bytes = header.value();
		return switch (bytes.length) {
			case Integer.BYTES -> Optional.of((long) ByteBuffer.wrap(bytes).getInt());
			case Long.BYTES -> Optional.of(ByteBuffer.wrap(bytes).getLong());
			default -> Optional.empty();
		};
	}

}

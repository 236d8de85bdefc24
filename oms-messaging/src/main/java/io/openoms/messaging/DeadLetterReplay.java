package io.openoms.messaging;

import java.time.Instant;

/**
 * One replay of a dead letter, as recorded in {@code oms_messaging.dead_letter_replay}.
 *
 * @param dltTopic the dead-letter topic
 * @param partition its partition
 * @param offset the dead letter's offset in it
 * @param outcome how the replay ended
 * @param replayedAt when
 * @param error why it failed again, if it did
 */
public record DeadLetterReplay(String dltTopic, int partition, long offset, ReplayOutcome outcome, Instant replayedAt,
		String error) {
}

package io.openoms.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A record one service gave up on, as it sits on a dead-letter topic: where it is, where
 * it came from, why it failed, and whether a replay has dealt with it since. Fields the
 * record does not carry (an unreadable value has no event type) are null.
 *
 * @param dltTopic the dead-letter topic, {@code <original topic>.dlt}
 * @param partition its partition (the original's partition number)
 * @param offset its offset there: with the topic and partition, what a replay names
 * @param originalTopic the topic the record was consumed from
 * @param originalPartition the partition it was consumed from
 * @param originalOffset its offset there
 * @param key the message key, the order id
 * @param eventType the envelope's {@code type}, if the value is a JSON envelope
 * @param eventId the envelope's {@code eventId}, if the value is a JSON envelope
 * @param reason why the consumer gave up ({@code oms-dlt-reason})
 * @param failedAt when it gave up ({@code oms-dlt-failed-at})
 * @param value the record's value as UTF-8 text, cut at {@value DeadLetters#VALUE_LIMIT}
 * characters
 * @param valueTruncated whether {@code value} was cut
 * @param replayed whether a replay has applied it, or found it applied already or nothing
 * to apply: nothing is left to do
 * @param lastReplay the latest replay, null if there was none
 */
public record DeadLetter(String dltTopic, int partition, long offset, String originalTopic, Integer originalPartition,
		Long originalOffset, String key, String eventType, UUID eventId, String reason, Instant failedAt, String value,
		boolean valueTruncated, boolean replayed, DeadLetterReplay lastReplay) {
}

package io.openoms.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the outbox relay, the consumers, their retries and the dead-letter
 * handling.
 *
 * @param relayPollInterval how often the relay looks for unpublished rows when nothing
 * woke it up; the normal path does not wait for it, a commit wakes the relay at once
 * @param relayBatchSize the most rows published in one relay transaction
 * @param sendTimeout how long the relay waits for the broker to acknowledge a batch
 * @param outboxRetention how long published rows stay in the outbox for inspection
 * @param processedEventRetention how long consumed event ids are remembered; longer than
 * any topic's retention, so a redelivery is always recognised
 * @param topicPartitions partitions of the topics this service creates
 * @param topicReplicationFactor replication factor of the topics this service creates
 * @param consumerConcurrency consumer threads per service instance
 * @param consumerBatchSize the most records one poll hands to the consumer, all applied
 * in one database transaction
 * @param consumerCommitInterval how often a consumer commits its offsets; consumers are
 * idempotent, so this only bounds how much a restarted consumer reads again and skips
 * @param maxDeliveryAttempts deliveries of a failing message before it is dead-lettered;
 * failures of the infrastructure (database unreachable, lock or serialization conflicts)
 * are retried without limit instead, and rejected events are dead-lettered at once
 * @param retryInitialInterval back-off before the first redelivery, doubling after each
 * @param retryMaxInterval the longest back-off between redeliveries, also while an
 * infrastructure failure lasts
 * @param crashAt fault injection for the crash tests: halt the process at this point;
 * NONE in production
 */
@Validated
@ConfigurationProperties("oms.messaging")
public record MessagingProperties(@DefaultValue("500ms") @NotNull Duration relayPollInterval,
		@DefaultValue("500") @Min(1) @Max(10_000) int relayBatchSize,
		@DefaultValue("30s") @NotNull Duration sendTimeout, @DefaultValue("7d") @NotNull Duration outboxRetention,
		@DefaultValue("30d") @NotNull Duration processedEventRetention, @DefaultValue("6") @Min(1) int topicPartitions,
		@DefaultValue("1") @Min(1) short topicReplicationFactor, @DefaultValue("2") @Min(1) int consumerConcurrency,
		@DefaultValue("200") @Min(1) @Max(10_000) int consumerBatchSize,
		@DefaultValue("1s") @NotNull Duration consumerCommitInterval,
		@DefaultValue("5") @Min(1) int maxDeliveryAttempts,
		@DefaultValue("200ms") @NotNull Duration retryInitialInterval,
		@DefaultValue("10s") @NotNull Duration retryMaxInterval, @DefaultValue("NONE") @NotNull CrashPoint crashAt) {
}

package io.openoms.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Logs the consumer's failed deliveries, once per attempt, instead of the error handler's
 * stack trace per attempt. A transient failure can last as long as a database outage, so
 * it is logged at most every {@link #TRANSIENT_LOG_INTERVAL} per partition.
 */
final class ConsumerFailureLog implements RetryListener {

	static final Duration TRANSIENT_LOG_INTERVAL = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ConsumerFailureLog.class);

	private final Map<TopicPartition, Long> lastTransientWarning = new ConcurrentHashMap<>();

	private final int maxDeliveryAttempts;

	ConsumerFailureLog(int maxDeliveryAttempts) {
		this.maxDeliveryAttempts = maxDeliveryAttempts;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
		if (TransientFailures.isTransient(ex)) {
			if (dueForTransientWarning(record, deliveryAttempt)) {
				log.warn(
						"Delivery {} of {} failed on a transient infrastructure failure; retrying until it succeeds,"
								+ " the partition waits: {}",
						deliveryAttempt, KafkaUtils.format(record), FailureReason.of(ex));
			}
		}
		else if (!rejected(ex) && deliveryAttempt < this.maxDeliveryAttempts) {
			log.warn("Delivery {} of {} failed, retrying ({} deliveries before it is dead-lettered): {}",
					deliveryAttempt, KafkaUtils.format(record), this.maxDeliveryAttempts, FailureReason.of(ex));
		}
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		if (rejected(ex)) {
			log.error("Dead-lettered {}: {}", KafkaUtils.format(record), FailureReason.of(ex));
		}
		else {
			log.error("Dead-lettered {} after {} failed deliveries: {}", KafkaUtils.format(record),
					this.maxDeliveryAttempts, FailureReason.of(ex), ex);
		}
	}

	@Override
	public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
		log.error("Could not dead-letter {}; it is delivered again: {}", KafkaUtils.format(record), failure.toString());
	}

	private static boolean rejected(Exception ex) {
		return FailureReason.isRejection(ex);
	}

	private boolean dueForTransientWarning(ConsumerRecord<?, ?> record, int deliveryAttempt) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		long now = System.nanoTime();
		Long last = this.lastTransientWarning.get(partition);
		if (deliveryAttempt > 1 && last != null && now - last < TRANSIENT_LOG_INTERVAL.toNanos()) {
			return false;
		}
		this.lastTransientWarning.put(partition, now);
		return true;
	}

}

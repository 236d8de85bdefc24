package io.openoms.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads dead-letter topics with a short-lived consumer that assigns partitions and seeks
 * itself: no consumer group, so reading commits nothing and never joins or disturbs the
 * service's own group.
 */
final class DeadLetterReader {

	/** How long one listing or look-up may take before it is reported as failed. */
	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofMillis(100);

	private static final Comparator<ConsumerRecord<?, ?>> BY_POSITION = Comparator
		.comparing((ConsumerRecord<?, ?> record) -> record.topic())
		.thenComparingInt(ConsumerRecord::partition)
		.thenComparingLong(ConsumerRecord::offset);

	private final ConsumerFactory<String, byte[]> consumers;

	DeadLetterReader(ConsumerFactory<String, byte[]> consumers) {
		this.consumers = consumers;
	}

	/**
	 * Every record of the topics, from the beginning to the end they had when the read
	 * began, ordered by topic, partition and offset.
	 */
	List<ConsumerRecord<String, byte[]>> readAll(Collection<String> topics) {
		try (Consumer<String, byte[]> consumer = this.consumers.createConsumer()) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				partitionsOf(consumer, topic)
					.forEach((partition) -> partitions.add(new TopicPartition(topic, partition)));
			}
			consumer.assign(partitions);
			Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, TIMEOUT);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
			Set<TopicPartition> unread = new HashSet<>(partitions);
			unread.removeIf((partition) -> ends.get(partition) <= starts.get(partition));
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			if (unread.isEmpty()) {
				return records;
			}
			consumer.pause(partitions.stream().filter((partition) -> !unread.contains(partition)).toList());
			consumer.seekToBeginning(unread);
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (!unread.isEmpty()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
					if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
						records.add(record);
					}
				}
				unread.removeIf((partition) -> consumer.position(partition) >= ends.get(partition));
				if (!unread.isEmpty() && System.nanoTime() > deadline) {
					throw new IllegalStateException("could not read dead-letter partitions " + unread
							+ " to their end within " + TIMEOUT.toSeconds() + " s; is the broker reachable?");
				}
			}
			records.sort(BY_POSITION);
			return records;
		}
	}

	/** The record at this offset, if the partition has one there. */
	Optional<ConsumerRecord<String, byte[]>> read(TopicPartition partition, long offset) {
		try (Consumer<String, byte[]> consumer = this.consumers.createConsumer()) {
			if (!partitionsOf(consumer, partition.topic()).contains(partition.partition())) {
				return Optional.empty();
			}
			consumer.assign(List.of(partition));
			long start = consumer.beginningOffsets(List.of(partition), TIMEOUT).get(partition);
			long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
			if (offset < start || offset >= end) {
				return Optional.empty();
			}
			consumer.seek(partition, offset);
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
					// The first record at or after the offset: another one means a gap (a
					// transaction marker, say), not a dead letter.
					return (record.offset() == offset) ? Optional.of(record) : Optional.empty();
				}
				if (consumer.position(partition) > offset) {
					return Optional.empty();
				}
			}
			throw new IllegalStateException("could not read " + partition + "@" + offset + " within "
					+ TIMEOUT.toSeconds() + " s; is the broker reachable?");
		}
	}

	private static List<Integer> partitionsOf(Consumer<?, ?> consumer, String topic) {
		List<PartitionInfo> partitions = consumer.partitionsFor(topic, TIMEOUT);
		return (partitions != null) ? partitions.stream().map(PartitionInfo::partition).toList() : List.of();
	}

}

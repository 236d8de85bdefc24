package io.openoms.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records every record published to some topics, from their beginning, so a test can
 * assert on what a service published:
 *
 * <pre class="code">
 * try (TopicRecorder recorder = TopicRecorder.start("payments.events")) {
 *     // act
 *     await().untilAsserted(() -&gt; assertThat(recorder.values("payments.events"))
 *         .anySatisfy((value) -&gt; assertThat(value).contains(orderId)));
 * }
 * </pre>
 *
 * Keys and values are read as strings; only committed records are seen. The topics need
 * not exist yet: the recorder picks them up once they are created.
 */
public final class TopicRecorder implements AutoCloseable {

	private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

	private final Set<Position> positions = new HashSet<>();

	private final KafkaConsumer<String, String> consumer;

	private final Thread poller;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean closing;

	private volatile RuntimeException failure;

	private TopicRecorder(String bootstrapServers, Collection<String> topics) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "topic-recorder-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				// Picks up topics created after the recorder started within a second.
				ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.copyOf(topics));
		this.poller = new Thread(this::poll, "topic-recorder-" + String.join(",", topics));
		this.poller.setDaemon(true);
		this.poller.start();
	}

	/**
	 * Record the given topics of the shared test broker.
	 * @param topics the topics to record
	 * @return the running recorder
	 */
	public static TopicRecorder start(String... topics) {
		return start(TestInfrastructure.kafkaBootstrapServers(), Arrays.asList(topics));
	}

	/**
	 * Record the given topics of any broker.
	 * @param bootstrapServers the broker to read from
	 * @param topics the topics to record
	 * @return the running recorder
	 */
	public static TopicRecorder start(String bootstrapServers, Collection<String> topics) {
		if (topics.isEmpty()) {
			throw new IllegalArgumentException("Name at least one topic to record");
		}
		return new TopicRecorder(bootstrapServers, topics);
	}

	/**
	 * Everything recorded so far, in the order received (ordered per partition).
	 * @return a snapshot copy
	 */
	public List<ConsumerRecord<String, String>> records() {
		throwIfFailed();
		synchronized (this.records) {
			return List.copyOf(this.records);
		}
	}

	/**
	 * What was recorded so far from one topic.
	 * @param topic the topic
	 * @return a snapshot copy
	 */
	public List<ConsumerRecord<String, String>> records(String topic) {
		return records().stream().filter((record) -> record.topic().equals(topic)).toList();
	}

	/**
	 * The values recorded so far from one topic.
	 * @param topic the topic
	 * @return a snapshot copy
	 */
	public List<String> values(String topic) {
		return records(topic).stream().map(ConsumerRecord::value).toList();
	}

	/**
	 * Forget what was recorded so far; recording goes on.
	 */
	public void clear() {
		synchronized (this.records) {
			this.records.clear();
		}
	}

	/**
	 * Stop recording and close the consumer.
	 */
	@Override
	public void close() {
		this.closing = true;
		this.consumer.wakeup();
		try {
			if (!this.stopped.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The topic recorder did not stop within 10 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void poll() {
		try {
			while (!this.closing) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(100))) {
					// Nothing is committed, so a rebalance (a topic created meanwhile, a
					// poll delayed on a loaded machine) starts the partition over from
					// its beginning: keep each position once.
					if (this.positions.add(new Position(record.topic(), record.partition(), record.offset()))) {
						synchronized (this.records) {
							this.records.add(record);
						}
					}
				}
			}
		}
		catch (WakeupException ex) {
			// close() asked us to stop.
		}
		catch (RuntimeException ex) {
			// Surfaced to the test on its next read rather than lost on this thread.
			this.failure = ex;
		}
		finally {
			this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
			this.stopped.countDown();
		}
	}

	private void throwIfFailed() {
		RuntimeException failed = this.failure;
		if (failed != null) {
			throw new IllegalStateException("The topic recorder stopped: " + failed.getMessage(), failed);
		}
	}

	private record Position(String topic, int partition, long offset) {
	}

}

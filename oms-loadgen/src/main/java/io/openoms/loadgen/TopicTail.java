package io.openoms.loadgen;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from its end as of {@link #start()}, on a thread of its own, without a
 * consumer group (nothing committed, nothing to clean up), and hands each record with the
 * moment it was read (this JVM's nanosecond clock) to a handler.
 */
final class TopicTail implements AutoCloseable {

	/** What is done with each record. */
	interface Handler {

		void onRecord(ConsumerRecord<String, byte[]> record, long nanos);

	}

	private final KafkaConsumer<String, byte[]> consumer;

	private final String topic;

	private final Handler handler;

	private final Thread thread;

	private final CountDownLatch positioned = new CountDownLatch(1);

	private volatile boolean running = true;

	private volatile RuntimeException failure;

	TopicTail(String bootstrapServers, String clientId, String topic, Handler handler) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
		this.consumer = new KafkaConsumer<>(config);
		this.topic = topic;
		this.handler = handler;
		this.thread = new Thread(this::consume, clientId);
		this.thread.setDaemon(true);
	}

	/**
	 * Starts reading from the topic's current end; returns once positioned there, so no
	 * record published after this returns is missed.
	 * @throws IllegalStateException if the topic does not exist or the broker is not
	 * reachable
	 */
	void start() throws InterruptedException {
		this.thread.start();
		this.positioned.await();
		if (this.failure != null) {
			throw new IllegalStateException("cannot read " + this.topic + ": " + this.failure.getMessage(),
					this.failure);
		}
	}

	private void consume() {
		try {
			List<TopicPartition> partitions = this.consumer.partitionsFor(this.topic, Duration.ofSeconds(30))
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			if (partitions.isEmpty()) {
				throw new IllegalStateException("the topic does not exist (is order-service running?)");
			}
			this.consumer.assign(partitions);
			this.consumer.seekToEnd(partitions);
			partitions.forEach(this.consumer::position);
			this.positioned.countDown();
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
					this.handler.onRecord(record, System.nanoTime());
				}
			}
		}
		catch (WakeupException ex) {
			// Closing.
		}
		catch (RuntimeException ex) {
			this.failure = ex;
		}
		finally {
			this.positioned.countDown();
			this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.consumer.wakeup();
		this.thread.join(5000);
	}

}

package io.openoms.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes test input to the shared test broker, as another service would:
 *
 * <pre class="code">
 * TestEvents.publish(Topics.ORDER_EVENTS, orderId.toString(), codec.encode(envelope));
 * </pre>
 *
 * One producer serves the whole JVM (created on first use, closed when the JVM exits);
 * every call waits until the broker has acknowledged the record on all in-sync replicas,
 * so what a test publishes is there before it goes on. Values are bytes, so this module
 * does not need to know how events are encoded.
 */
public final class TestEvents {

	private static KafkaProducer<String, byte[]> producer;

	private TestEvents() {
	}

	/**
	 * Publish one record and wait until the broker has it.
	 * @param topic the topic
	 * @param key the key, such as the order id
	 * @param value the encoded value
	 * @return where the record landed
	 */
	public static RecordMetadata publish(String topic, String key, byte[] value) {
		return publish(new ProducerRecord<>(topic, key, value));
	}

	/**
	 * Publish one record, for example one with headers, and wait until the broker has it.
	 * @param record the record
	 * @return where the record landed
	 */
	public static RecordMetadata publish(ProducerRecord<String, byte[]> record) {
		try {
			return producer().send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing to " + record.topic(), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(
					"Could not publish to " + record.topic() + ": " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	private static synchronized KafkaProducer<String, byte[]> producer() {
		if (producer == null) {
			KafkaProducer<String, byte[]> created = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					TestInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
					new StringSerializer(), new ByteArraySerializer());
			Runtime.getRuntime()
				.addShutdownHook(
						new Thread(() -> created.close(Duration.ofSeconds(5)), "oms-test-events-producer-closer"));
			producer = created;
		}
		return producer;
	}

}

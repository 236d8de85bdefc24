package io.openoms.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.testsupport.ServiceTestProperties;
import io.openoms.testsupport.TestInfrastructure;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox, its relay and the idempotent consumer against a real broker and database.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = { "spring.application.name=messaging-test",
		// An hour: if an event leaves at once, the commit woke the relay, not the poll.
		"oms.messaging.relay-poll-interval=1h", "oms.messaging.max-delivery-attempts=2",
		"oms.messaging.retry-initial-interval=50ms" })
class MessagingIT {

	private static TopicRecorder recorder;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxRows rows;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	MessagingProperties properties;

	@Autowired
	EventCodec codec;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "messaging");
	}

	@BeforeAll
	static void record() {
		recorder = TopicRecorder.start(Topics.PAYMENT_EVENTS, Topics.deadLetterTopicOf(Topics.PAYMENT_EVENTS));
	}

	@AfterAll
	static void stopRecording() {
		recorder.close();
	}

	@Test
	void committedEventLeavesAtOnceWithoutWaitingForThePoll() {
		PaymentFailed event = failedPayment();

		this.transactions.executeWithoutResult((tx) -> this.outbox.append(event, newRequest()));

		await().atMost(Duration.ofSeconds(5)).until(() -> recordsOf(event.orderId()).size() == 1);
		ConsumerRecord<String, String> record = recordsOf(event.orderId()).get(0);
		assertThat(record.key()).isEqualTo(event.orderId().toString());
		assertThat(header(record, OutboxRelay.EVENT_TYPE_HEADER)).isEqualTo("PaymentFailed");
		EventEnvelope<?> envelope = this.codec.decode(record.value().getBytes(StandardCharsets.UTF_8));
		assertThat(envelope.payload()).isEqualTo(event);
		assertThat(envelope.producer()).isEqualTo("messaging-test");
	}

	@Test
	void eventsOfARolledBackTransactionAreNeverPublished() {
		PaymentFailed event = failedPayment();
		PaymentFailed marker = new PaymentFailed(event.orderId(), UUID.randomUUID(), event.amount(), "marker", "m");

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
			this.outbox.append(event, newRequest());
			throw new IllegalStateException("business failure after the append");
		})).isInstanceOf(IllegalStateException.class);
		this.transactions.executeWithoutResult((tx) -> this.outbox.append(marker, newRequest()));

		// Same key, same partition: once the later marker is there, the rolled-back event
		// would be too.
		await().atMost(Duration.ofSeconds(5)).until(() -> recordsOf(event.orderId()).size() == 1);
		assertThat(recordsOf(event.orderId()).get(0).value()).contains("marker");
	}

	@Test
	void appendOutsideATransactionIsABug() {
		assertThatThrownBy(() -> this.outbox.append(failedPayment(), newRequest()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void rowsCommittedWhileTheRelayWasDownArePublishedWhenItStartsAgain() {
		PaymentFailed event = failedPayment();
		this.relay.stop();
		try {
			this.transactions.executeWithoutResult((tx) -> this.outbox.append(event, newRequest()));
			assertThat(this.rows.countUnpublished()).isPositive();
		}
		finally {
			this.relay.start();
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> recordsOf(event.orderId()).size() == 1);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.rows.countUnpublished() == 0);
	}

	@Test
	void twoRelaysOnOneDatabaseNeverPublishTheSameRowTwice() {
		OutboxRelay second = new OutboxRelay(this.rows, this.kafka, this.transactions, this.properties,
				new Housekeeping(this.rows, null, this.properties));
		UUID orderId = UUID.randomUUID();
		second.start();
		try {
			this.relay.stop();
			this.transactions.executeWithoutResult((tx) -> IntStream.range(0, 1_200)
				.forEach((i) -> this.outbox.append(
						new PaymentFailed(orderId, UUID.randomUUID(), new Money(i, "EUR"), "n" + i, "event " + i),
						newRequest())));
			this.relay.start();
			this.relay.wakeUp();
			second.wakeUp();

			await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(orderId).size() >= 1_200);
		}
		finally {
			second.stop();
		}
		List<String> reasonCodes = recordsOf(orderId).stream()
			.map((r) -> ((PaymentFailed) this.codec.decode(r.value().getBytes(StandardCharsets.UTF_8)).payload())
				.reasonCode())
			.toList();
		assertThat(reasonCodes).hasSize(1_200).doesNotHaveDuplicates();
		// One relay at a time keeps the order's events in commit order.
		assertThat(reasonCodes).containsExactlyElementsOf(IntStream.range(0, 1_200).mapToObj((i) -> "n" + i).toList());
	}

	@Test
	void redeliveredEventIsHandledOnce() throws Exception {
		EventEnvelope<PaymentSucceeded> event = envelope(
				new PaymentSucceeded(UUID.randomUUID(), UUID.randomUUID(), new Money(500, "EUR"), "pi_1"));

		publishRaw(event.orderId().toString(), this.codec.encode(event));
		publishRaw(event.orderId().toString(), this.codec.encode(event));
		EventEnvelope<PaymentSucceeded> later = envelope(
				new PaymentSucceeded(event.orderId(), UUID.randomUUID(), new Money(500, "EUR"), "pi_2"));
		publishRaw(event.orderId().toString(), this.codec.encode(later));

		await().atMost(Duration.ofSeconds(10)).until(() -> handledFor(event.orderId()).size() == 2);
		assertThat(handledFor(event.orderId())).extracting(EventEnvelope::eventId)
			.containsExactly(event.eventId(), later.eventId());
	}

	@Test
	void poisonMessageIsDeadLetteredWithItsReasonAndThePartitionKeepsFlowing() throws Exception {
		UUID orderId = UUID.randomUUID();
		publishRaw(orderId.toString(), "{not json".getBytes(StandardCharsets.UTF_8));
		EventEnvelope<PaymentSucceeded> valid = envelope(
				new PaymentSucceeded(orderId, UUID.randomUUID(), new Money(1, "EUR"), "pi_after_poison"));
		publishRaw(orderId.toString(), this.codec.encode(valid));

		await().atMost(Duration.ofSeconds(15)).until(() -> handledFor(orderId).size() == 1);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> recorder.records()
				.stream()
				.anyMatch((r) -> r.topic().equals(Topics.deadLetterTopicOf(Topics.PAYMENT_EVENTS))
						&& orderId.toString().equals(r.key())));
		ConsumerRecord<String, String> dead = recorder.records()
			.stream()
			.filter((r) -> r.topic().endsWith(".dlt") && orderId.toString().equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(dead.value()).isEqualTo("{not json");
		assertThat(header(dead, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER)).contains("not valid JSON");
		assertThat(header(dead, MessagingAutoConfiguration.DEAD_LETTER_CONSUMER_HEADER)).isEqualTo("messaging-test");
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.PAYMENT_EVENTS);
	}

	@Test
	void eventOfAnUnknownTypeIsDeadLettered() throws Exception {
		UUID orderId = UUID.randomUUID();
		String unknown = """
				{"eventId":"%s","type":"PaymentTeleported","schemaVersion":1,"orderId":"%s","occurredAt":"2026-01-01T00:00:00Z",
				 "correlationId":"%s","causationId":"%s","producer":"x","payload":{"orderId":"%s"}}
				"""
			.formatted(UUID.randomUUID(), orderId, orderId, orderId, orderId);
		publishRaw(orderId.toString(), unknown.getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(recorder.records()
				.stream()
				.filter((r) -> r.topic().endsWith(".dlt") && orderId.toString().equals(r.key()))
				.map((r) -> header(r, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))).singleElement()
				.asString()
				.contains("unknown event type 'PaymentTeleported'"));
	}

	private List<EventEnvelope<PaymentSucceeded>> handledFor(UUID orderId) {
		return MessagingTestApplication.handled.stream().filter((e) -> e.orderId().equals(orderId)).toList();
	}

	private List<ConsumerRecord<String, String>> recordsOf(UUID orderId) {
		return recorder.records()
			.stream()
			.filter((r) -> r.topic().equals(Topics.PAYMENT_EVENTS) && orderId.toString().equals(r.key()))
			.toList();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private void publishRaw(String key, byte[] value) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			producer.send(new ProducerRecord<>(Topics.PAYMENT_EVENTS, key, value)).get();
		}
	}

	private static <P extends io.openoms.contracts.EventPayload> EventEnvelope<P> envelope(P payload) {
		UUID id = UUID.randomUUID();
		return new EventEnvelope<>(id, payload.getClass().getSimpleName(), 1, payload.orderId(), Instant.now(), id, id,
				"test", payload);
	}

	private static PaymentFailed failedPayment() {
		return new PaymentFailed(UUID.randomUUID(), UUID.randomUUID(), new Money(1999, "EUR"), "card_declined",
				"Your card was declined.");
	}

	private static Causation newRequest() {
		return Causation.newRequest(UUID.randomUUID());
	}

}

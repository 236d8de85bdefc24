package io.openoms.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.testsupport.ServiceTestProperties;
import io.openoms.testsupport.TestEvents;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox, its relay, the idempotent consumer, its retries and its dead letters
 * against a real broker and database.
 */
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=messaging-test",
				// An hour: if an event leaves at once, the commit woke the relay, not the
				// poll.
				"oms.messaging.relay-poll-interval=1h", "oms.messaging.max-delivery-attempts=2",
				"oms.messaging.retry-initial-interval=50ms", "oms.messaging.retry-max-interval=200ms" })
class MessagingIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

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

	@Autowired
	@Qualifier("omsEventListenerContainer")
	MessageListenerContainer listeners;

	@LocalServerPort
	int port;

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
	void failingEventInTheMiddleOfABatchIsDeadLetteredAloneAndTheOthersAreAppliedOnce() throws Exception {
		List<EventEnvelope<PaymentSucceeded>> events = IntStream.range(0, 6)
			.mapToObj((i) -> envelope(new PaymentSucceeded(UUID.randomUUID(), UUID.randomUUID(),
					new Money(100 + i, "EUR"), "pi_batch_" + i)))
			.toList();
		EventEnvelope<PaymentSucceeded> failing = events.get(2);
		MessagingTestApplication.buggyPayments.add(failing.payload().paymentId());
		// Stopped while they are published, so that each poll hands over several
		// orders' events, applied in one transaction.
		this.listeners.stop();
		try {
			events.forEach((event) -> publishRaw(event.orderId().toString(), this.codec.encode(event)));
		}
		finally {
			this.listeners.start();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> !deadLettersOf(failing.orderId()).isEmpty());
		List<EventEnvelope<PaymentSucceeded>> others = events.stream().filter((event) -> event != failing).toList();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> others.stream().allMatch((event) -> handledFor(event.orderId()).size() == 1));
		assertThat(others)
			.allSatisfy((event) -> assertThat(handledFor(event.orderId())).extracting(EventEnvelope::eventId)
				.containsExactly(event.eventId()));
		assertThat(handledFor(failing.orderId())).isEmpty();
		assertThat(deadLettersOf(failing.orderId())).singleElement().satisfies((dead) -> {
			assertThat(dead.eventId()).isEqualTo(failing.eventId());
			assertThat(dead.reason()).startsWith("IllegalStateException: bug");
		});
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
		assertThat(Instant.parse(header(dead, MessagingAutoConfiguration.DEAD_LETTER_FAILED_AT_HEADER)))
			.isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.PAYMENT_EVENTS);
		assertThat(dead.headers().toArray()).extracting(Header::key)
			.contains(KafkaHeaders.DLT_ORIGINAL_PARTITION, KafkaHeaders.DLT_ORIGINAL_OFFSET,
					KafkaHeaders.DLT_ORIGINAL_TIMESTAMP, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP,
					KafkaHeaders.DLT_EXCEPTION_FQCN, KafkaHeaders.DLT_EXCEPTION_MESSAGE,
					KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
		assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not valid JSON");
	}

	@Test
	void eventIsRetriedForAsLongAsTheDatabaseIsUnreachableThenAppliedOnceAndInOrder() throws Exception {
		UUID orderId = UUID.randomUUID();
		// More failed deliveries than max-delivery-attempts (2) allows for other
		// failures.
		MessagingTestApplication.databaseOutages.put(orderId, new AtomicInteger(5));
		EventEnvelope<PaymentSucceeded> first = envelope(
				new PaymentSucceeded(orderId, UUID.randomUUID(), new Money(500, "EUR"), "pi_during_outage"));
		EventEnvelope<PaymentSucceeded> later = envelope(
				new PaymentSucceeded(orderId, UUID.randomUUID(), new Money(500, "EUR"), "pi_after_outage"));

		publishRaw(orderId.toString(), this.codec.encode(first));
		publishRaw(orderId.toString(), this.codec.encode(later));

		await().atMost(Duration.ofSeconds(15)).until(() -> handledFor(orderId).size() == 2);
		assertThat(handledFor(orderId)).extracting(EventEnvelope::eventId)
			.containsExactly(first.eventId(), later.eventId());
		// Five failed deliveries of the first event, then one each that applied them.
		assertThat(MessagingTestApplication.databaseOutages.get(orderId)).hasValue(-2);
		assertThat(deadLettersOf(orderId)).isEmpty();
	}

	@Test
	void poisonMessageIsListedWithItsReasonAndWhereItCameFrom() throws Exception {
		UUID orderId = UUID.randomUUID();
		// Another consumer's dead letter of the same order on the same topic is theirs to
		// list.
		ProducerRecord<String, byte[]> othersDeadLetter = new ProducerRecord<>(
				Topics.deadLetterTopicOf(Topics.PAYMENT_EVENTS), orderId.toString(), "{}".getBytes());
		othersDeadLetter.headers()
			.add(MessagingAutoConfiguration.DEAD_LETTER_CONSUMER_HEADER, "another-service".getBytes());
		TestEvents.publish(othersDeadLetter);

		RecordMetadata poison = publishRaw(orderId.toString(), "{not json".getBytes(StandardCharsets.UTF_8));

		DeadLetter dead = await().atMost(Duration.ofSeconds(15))
			.until(() -> deadLettersOf(orderId), (list) -> !list.isEmpty())
			.get(0);
		assertThat(deadLettersOf(orderId)).hasSize(1);
		assertThat(dead.dltTopic()).isEqualTo(Topics.deadLetterTopicOf(Topics.PAYMENT_EVENTS));
		assertThat(dead.partition()).isEqualTo(poison.partition());
		assertThat(dead.originalTopic()).isEqualTo(Topics.PAYMENT_EVENTS);
		assertThat(dead.originalPartition()).isEqualTo(poison.partition());
		assertThat(dead.originalOffset()).isEqualTo(poison.offset());
		assertThat(dead.reason()).startsWith("RejectedEventException: not valid JSON");
		assertThat(dead.failedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(dead.value()).isEqualTo("{not json");
		assertThat(dead.eventType()).isNull();
		assertThat(dead.replayed()).isFalse();
		assertThat(dead.lastReplay()).isNull();
	}

	@Test
	void eventThatHitABugIsDeadLetteredAndAppliedOnceWhenReplayedAfterTheFix() throws Exception {
		UUID orderId = UUID.randomUUID();
		MessagingTestApplication.buggy.add(orderId);
		EventEnvelope<PaymentSucceeded> event = envelope(
				new PaymentSucceeded(orderId, UUID.randomUUID(), new Money(700, "EUR"), "pi_buggy"));
		publishRaw(orderId.toString(), this.codec.encode(event));

		DeadLetter dead = await().atMost(Duration.ofSeconds(15))
			.until(() -> deadLettersOf(orderId), (list) -> !list.isEmpty())
			.get(0);
		assertThat(dead.reason()).startsWith("IllegalStateException: bug");
		assertThat(dead.eventType()).isEqualTo("PaymentSucceeded");
		assertThat(dead.eventId()).isEqualTo(event.eventId());
		assertThat(handledFor(orderId)).isEmpty();

		MessagingTestApplication.buggy.remove(orderId);
		HttpResponse<String> replayed = replay(dead);

		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(json.readValue(replayed.body(), DeadLetterReplay.class).outcome()).isEqualTo(ReplayOutcome.APPLIED);
		assertThat(handledFor(orderId)).extracting(EventEnvelope::eventId).containsExactly(event.eventId());

		HttpResponse<String> again = replay(dead);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readValue(again.body(), DeadLetterReplay.class).outcome())
			.isEqualTo(ReplayOutcome.ALREADY_PROCESSED);
		assertThat(handledFor(orderId)).hasSize(1);
		assertThat(deadLettersOf(orderId)).singleElement().satisfies((listed) -> {
			assertThat(listed.replayed()).isTrue();
			assertThat(listed.lastReplay().outcome()).isEqualTo(ReplayOutcome.ALREADY_PROCESSED);
		});
	}

	@Test
	void replayOfAnUnparseableRecordFailsAgainAndItStaysADeadLetter() throws Exception {
		UUID orderId = UUID.randomUUID();
		publishRaw(orderId.toString(), "{still not json".getBytes(StandardCharsets.UTF_8));
		DeadLetter dead = await().atMost(Duration.ofSeconds(15))
			.until(() -> deadLettersOf(orderId), (list) -> !list.isEmpty())
			.get(0);

		HttpResponse<String> replayed = replay(dead);

		assertThat(replayed.statusCode()).isEqualTo(422);
		assertThat(replayed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(replayed.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/replay-failed");
		assertThat(problem.path("detail").asString()).contains("not valid JSON", "stays a dead letter");
		assertThat(deadLettersOf(orderId)).singleElement().satisfies((listed) -> {
			assertThat(listed.replayed()).isFalse();
			assertThat(listed.lastReplay().outcome()).isEqualTo(ReplayOutcome.FAILED);
			assertThat(listed.lastReplay().error()).contains("not valid JSON");
		});
	}

	@Test
	void replayOfARecordThatIsNotADeadLetterOfThisServiceIsNotFound() throws Exception {
		String paymentDeadLetters = Topics.deadLetterTopicOf(Topics.PAYMENT_EVENTS);

		assertThat(replay(paymentDeadLetters, 0, Long.MAX_VALUE).statusCode()).isEqualTo(404);
		// This service does not consume order events: their dead letters are not its own.
		assertThat(replay(Topics.deadLetterTopicOf(Topics.ORDER_EVENTS), 0, 0).statusCode()).isEqualTo(404);
		assertThat(replay(paymentDeadLetters, 999, 0).statusCode()).isEqualTo(404);
	}

	@Test
	void rejectionWithRepliesDeadLettersTheEventAndPublishesTheRepliesAnyway() throws Exception {
		UUID orderId = UUID.randomUUID();
		MessagingTestApplication.refused.add(orderId);
		EventEnvelope<PaymentSucceeded> event = envelope(
				new PaymentSucceeded(orderId, UUID.randomUUID(), new Money(5, "EUR"), "pi_refused"));
		publishRaw(orderId.toString(), this.codec.encode(event));

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(recorder.records()
				.stream()
				.filter((r) -> r.topic().endsWith(".dlt") && orderId.toString().equals(r.key()))
				.map((r) -> header(r, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))).singleElement()
				.asString()
				.contains("refused"));
		await().atMost(Duration.ofSeconds(5)).until(() -> recordsOf(orderId).size() == 2);
		EventEnvelope<?> reply = this.codec.decode(recordsOf(orderId).get(1).value().getBytes(StandardCharsets.UTF_8));
		assertThat(reply.payload()).isInstanceOf(PaymentFailed.class);
		assertThat(reply.causationId()).isEqualTo(event.eventId());
		assertThat(handledFor(orderId)).isEmpty();
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

	private List<DeadLetter> deadLettersOf(UUID orderId) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/dead-letters")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readValue(response.body(), new TypeReference<List<DeadLetter>>() {
		}).stream().filter((dead) -> orderId.toString().equals(dead.key())).toList();
	}

	private HttpResponse<String> replay(DeadLetter dead) throws Exception {
		return replay(dead.dltTopic(), dead.partition(), dead.offset());
	}

	private HttpResponse<String> replay(String dltTopic, int partition, long offset) throws Exception {
		URI uri = URI.create("http://localhost:%d/api/dead-letters/%s/%d/%d/replay".formatted(this.port, dltTopic,
				partition, offset));
		return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static RecordMetadata publishRaw(String key, byte[] value) {
		return TestEvents.publish(Topics.PAYMENT_EVENTS, key, value);
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

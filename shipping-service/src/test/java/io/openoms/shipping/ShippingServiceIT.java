package io.openoms.shipping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.order.OrderAllocated;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.messaging.EventCodec;
import io.openoms.messaging.MessagingAutoConfiguration;
import io.openoms.testsupport.MessagingTables;
import io.openoms.testsupport.ServiceTestProperties;
import io.openoms.testsupport.TestEvents;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * shipping-service alone, against a real broker and database: from OrderAllocated to
 * delivery, a refused booking, a returned parcel and a recall. Parcels fall due only when
 * a test moves the {@link TestClock} on by the delivery delay, so no test races the
 * delivery poll.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + ShippingServiceApplication.CONFIG_NAME,
				"oms.shipping.simulated-delivery-delay=1h", "oms.shipping.delivery-poll-interval=100ms" })
class ShippingServiceIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Duration DELIVERY_DELAY = Duration.ofHours(1);

	private static final String DEAD_LETTERS = Topics.deadLetterTopicOf(Topics.ORDER_EVENTS);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static TopicRecorder topics;

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "shipping");
	}

	@BeforeAll
	static void recordTopics() {
		topics = TopicRecorder.start(Topics.SHIPPING_EVENTS, DEAD_LETTERS);
	}

	@AfterAll
	static void stopRecording() {
		topics.close();
	}

	@Test
	void allocatedOrderIsDispatchedThenDeliveredOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderAllocated> allocated = orderAllocated(orderId, "DE");
		EventEnvelope<OrderAllocated> republished = orderAllocated(orderId, "DE");

		publish(allocated);
		publish(allocated);
		// Same key, same partition: once this one is processed, both deliveries before it
		// are.
		publish(republished);

		await().atMost(PATIENCE).until(() -> processed(republished.eventId()));
		assertThat(shipmentCount(orderId)).isEqualTo(1);
		await().atMost(PATIENCE).until(() -> typesOf(orderId).contains("ShipmentDispatched"));
		assertThat(status(orderId)).isEqualTo("DISPATCHED");

		this.clock.advance(DELIVERY_DELAY);

		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched", "ShipmentDelivered"));
		assertThat(outboxRowsOf(orderId)).isEqualTo(2);

		JsonNode dispatched = eventsOf(orderId).get(0);
		String shipmentId = dispatched.path("payload").path("shipmentId").asString();
		String trackingNumber = dispatched.path("payload").path("trackingNumber").asString();
		assertThat(dispatched.path("producer").asString()).isEqualTo("shipping-service");
		assertThat(dispatched.path("causationId").asString()).isEqualTo(allocated.eventId().toString());
		assertThat(dispatched.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(dispatched.path("payload").path("carrier").asString()).isEqualTo("SIMPOST");
		assertThat(trackingNumber).matches("SP\\d{12}");
		assertThat(dispatched.path("payload").path("trackingUrl").asString())
			.isEqualTo("https://track.example/" + trackingNumber);
		JsonNode delivered = eventsOf(orderId).get(1);
		assertThat(delivered.path("payload").path("shipmentId").asString()).isEqualTo(shipmentId);
		assertThat(delivered.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(delivered.path("payload").path("deliveredAt").asString()).isNotBlank();

		JsonNode shipments = json.readTree(get("/api/shipments?orderId=" + orderId).body());
		assertThat(shipments).hasSize(1);
		JsonNode shipment = json.readTree(get("/api/shipments/" + shipmentId).body());
		assertThat(shipment).isEqualTo(shipments.get(0));
		assertThat(shipment.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(shipment.path("warehouse").asString()).isEqualTo("WH-BERLIN");
		assertThat(shipment.path("tracking").path("trackingNumber").asString()).isEqualTo(trackingNumber);
		assertThat(shipment.path("lines").get(0).path("sku").asString()).isEqualTo("MUG-LOGO");
		assertThat(shipment.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void refusedBookingIsRecordedAsFailedAndReportedOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderAllocated> allocated = orderAllocated(orderId, "Main St 1", "AQ");
		EventEnvelope<OrderAllocated> republished = orderAllocated(orderId, "Main St 1", "AQ");

		publish(allocated);
		publish(allocated);
		publish(republished);

		await().atMost(PATIENCE).until(() -> processed(republished.eventId()));
		assertThat(shipmentCount(orderId)).isEqualTo(1);
		JsonNode failed = await().atMost(PATIENCE).until(() -> eventsOf(orderId), (events) -> !events.isEmpty()).get(0);
		assertThat(failed.path("type").asString()).isEqualTo("ShipmentFailed");
		assertThat(failed.path("causationId").asString()).isEqualTo(allocated.eventId().toString());
		assertThat(failed.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(failed.path("payload").path("stage").asString()).isEqualTo("BOOKING");
		assertThat(failed.path("payload").path("reason").asString()).isEqualTo("SIMPOST does not deliver to AQ");
		String shipmentId = failed.path("payload").path("shipmentId").asString();

		JsonNode shipment = json.readTree(get("/api/shipments/" + shipmentId).body());
		assertThat(shipment.path("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(shipment.path("status").asString()).isEqualTo("FAILED");
		assertThat(shipment.path("reason").asString()).isEqualTo("SIMPOST does not deliver to AQ");
		assertThat(shipment.path("failedAt").asString()).isNotBlank();
		assertThat(shipment.path("tracking").isNull()).isTrue();
		assertThat(shipment.path("dispatchedAt").isNull()).isTrue();

		runDeliveriesDueByNow();
		assertThat(typesOf(orderId)).containsExactly("ShipmentFailed");
		assertThat(outboxRowsOf(orderId)).isEqualTo(1);
		assertThat(status(orderId)).isEqualTo("FAILED");
	}

	@Test
	void undeliverableParcelIsReturnedInsteadOfDeliveredAndReportedOnce() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderAllocated> allocated = orderAllocated(orderId, "1 UNDELIVERABLE Road", "DE");
		EventEnvelope<OrderAllocated> republished = orderAllocated(orderId, "1 UNDELIVERABLE Road", "DE");

		publish(allocated);
		publish(allocated);
		publish(republished);

		await().atMost(PATIENCE).until(() -> processed(republished.eventId()));
		assertThat(shipmentCount(orderId)).isEqualTo(1);
		await().atMost(PATIENCE).until(() -> typesOf(orderId).contains("ShipmentDispatched"));

		this.clock.advance(DELIVERY_DELAY);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched", "ShipmentFailed"));
		String shipmentId = eventsOf(orderId).get(0).path("payload").path("shipmentId").asString();
		JsonNode failed = eventsOf(orderId).get(1);
		assertThat(failed.path("payload").path("stage").asString()).isEqualTo("DELIVERY");
		assertThat(failed.path("payload").path("shipmentId").asString()).isEqualTo(shipmentId);
		assertThat(failed.path("payload").path("reason").asString())
			.isEqualTo("SIMPOST could not deliver to '1 UNDELIVERABLE Road' and returns the parcel to WH-BERLIN");
		assertThat(failed.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(failed.path("causationId").asString()).isEqualTo(shipmentId);

		JsonNode shipment = json.readTree(get("/api/shipments/" + shipmentId).body());
		assertThat(shipment.path("status").asString()).isEqualTo("RETURNED");
		assertThat(shipment.path("returnedAt").asString()).isNotBlank();
		assertThat(shipment.path("deliveredAt").isNull()).isTrue();

		runDeliveriesDueByNow();
		assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched", "ShipmentFailed");
		assertThat(outboxRowsOf(orderId)).isEqualTo(2);
	}

	@Test
	void parcelOfAnOrderCancelledOnItsWayIsRecalledOnceAndNeverDelivered() throws Exception {
		UUID orderId = UUID.randomUUID();
		publish(orderAllocated(orderId, "DE"));
		await().atMost(PATIENCE).until(() -> typesOf(orderId).contains("ShipmentDispatched"));
		OrderCancelled cancelled = new OrderCancelled(orderId, "ALLOCATED", "customer changed their mind");
		EventEnvelope<OrderCancelled> cancellation = envelope(cancelled);
		EventEnvelope<OrderCancelled> republished = envelope(cancelled);

		publish(cancellation);
		publish(cancellation);
		publish(republished);

		await().atMost(PATIENCE).until(() -> processed(republished.eventId()));
		assertThat(status(orderId)).isEqualTo("RECALLED");
		JsonNode shipment = json.readTree(get("/api/shipments?orderId=" + orderId).body()).get(0);
		assertThat(shipment.path("reason").asString()).isEqualTo("order cancelled: customer changed their mind");
		String recalledAt = shipment.path("recalledAt").asString();
		assertThat(recalledAt).isNotBlank();

		runDeliveriesDueByNow();
		assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched");
		assertThat(outboxRowsOf(orderId)).isEqualTo(1);
		assertThat(status(orderId)).isEqualTo("RECALLED");
		assertThat(json.readTree(get("/api/shipments?orderId=" + orderId).body()).get(0).path("recalledAt").asString())
			.as("a repeated cancellation recalls nothing again")
			.isEqualTo(recalledAt);
	}

	@Test
	void cancellationWithNoParcelOnItsWayChangesNothing() throws Exception {
		UUID neverShipped = UUID.randomUUID();
		UUID refused = UUID.randomUUID();
		UUID delivered = UUID.randomUUID();
		publish(orderAllocated(refused, "Main St 1", "AQ"));
		publish(orderAllocated(delivered, "DE"));
		await().atMost(PATIENCE).until(() -> typesOf(refused).contains("ShipmentFailed"));
		await().atMost(PATIENCE).until(() -> typesOf(delivered).contains("ShipmentDispatched"));
		this.clock.advance(DELIVERY_DELAY);
		await().atMost(PATIENCE).until(() -> typesOf(delivered).contains("ShipmentDelivered"));

		List<EventEnvelope<OrderCancelled>> cancellations = List.of(
				envelope(new OrderCancelled(neverShipped, "PAID", "payment declined")),
				envelope(new OrderCancelled(refused, "ALLOCATED", "shipment failed")),
				envelope(new OrderCancelled(delivered, "ALLOCATED", "too late")));
		for (EventEnvelope<OrderCancelled> cancellation : cancellations) {
			publish(cancellation);
			publish(cancellation);
		}

		for (EventEnvelope<OrderCancelled> cancellation : cancellations) {
			await().atMost(PATIENCE).until(() -> processed(cancellation.eventId()));
		}
		assertThat(shipmentCount(neverShipped)).isZero();
		assertThat(status(refused)).isEqualTo("FAILED");
		assertThat(status(delivered)).isEqualTo("DELIVERED");
		assertThat(this.jdbc.sql("select reason from shipment where order_id = ?")
			.param(refused)
			.query(String.class)
			.single()).isEqualTo("SIMPOST does not deliver to AQ");
		assertThat(typesOf(neverShipped)).isEmpty();
		assertThat(typesOf(refused)).containsExactly("ShipmentFailed");
		assertThat(typesOf(delivered)).containsExactly("ShipmentDispatched", "ShipmentDelivered");
	}

	@Test
	void allocatedOrderThatCannotBeShippedIsDeadLetteredWithTheReason() throws Exception {
		UUID orderId = UUID.randomUUID();

		publish(orderAllocated(orderId, "Germany"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(topics.records(DEAD_LETTERS))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(orderId.toString())));
		ConsumerRecord<String, String> deadLetter = topics.records(DEAD_LETTERS)
			.stream()
			.filter((record) -> orderId.toString().equals(record.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(deadLetter, MessagingAutoConfiguration.DEAD_LETTER_CONSUMER_HEADER))
			.isEqualTo("shipping-service");
		assertThat(header(deadLetter, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER)).contains("ISO 3166-1");
		assertThat(this.jdbc.sql("select count(*) from shipment where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void unknownShipmentIsNotFound() throws Exception {
		HttpResponse<String> response = get("/api/shipments/" + UUID.randomUUID());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(response.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/shipment-not-found");
		assertThat(get("/api/shipments").statusCode()).isEqualTo(400);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	/**
	 * Moves the clock on so that every parcel dispatched so far falls due, and waits
	 * until the delivery poll has handled them all: a parcel dispatched now is due last,
	 * so once it is delivered, the poll has seen every shipment due before it.
	 */
	private void runDeliveriesDueByNow() throws Exception {
		UUID lastOrder = UUID.randomUUID();
		publish(orderAllocated(lastOrder, "DE"));
		await().atMost(PATIENCE).until(() -> typesOf(lastOrder).contains("ShipmentDispatched"));
		this.clock.advance(DELIVERY_DELAY);
		await().atMost(PATIENCE).until(() -> typesOf(lastOrder).contains("ShipmentDelivered"));
	}

	private static EventEnvelope<OrderAllocated> orderAllocated(UUID orderId, String country) {
		return orderAllocated(orderId, "Main St 1", country);
	}

	private static EventEnvelope<OrderAllocated> orderAllocated(UUID orderId, String line1, String country) {
		return envelope(new OrderAllocated(orderId, UUID.randomUUID(), "WH-BERLIN",
				List.of(new OrderLine("MUG-LOGO", 2, new Money(999, "EUR"))),
				new ShippingAddress("Ada Lovelace", line1, null, "10115", "Berlin", country)));
	}

	private static <P extends EventPayload> EventEnvelope<P> envelope(P payload) {
		UUID eventId = UUID.randomUUID();
		return new EventEnvelope<>(eventId, payload.getClass().getSimpleName(), 1, payload.orderId(), Instant.now(),
				UUID.randomUUID(), eventId, "order-service", payload);
	}

	private void publish(EventEnvelope<?> event) {
		TestEvents.publish(Topics.ORDER_EVENTS, event.orderId().toString(), this.codec.encode(event));
	}

	private boolean processed(UUID eventId) {
		return MessagingTables.isProcessed(this.jdbc, eventId);
	}

	private long shipmentCount(UUID orderId) {
		return this.jdbc.sql("select count(*) from shipment where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single();
	}

	private String status(UUID orderId) {
		return this.jdbc.sql("select status from shipment where order_id = ?")
			.param(orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long outboxRowsOf(UUID orderId) {
		return MessagingTables.outboxRowsOf(this.jdbc, orderId.toString());
	}

	private static List<String> typesOf(UUID orderId) {
		return eventsOf(orderId).stream().map((event) -> event.path("type").asString()).toList();
	}

	private static List<JsonNode> eventsOf(UUID orderId) {
		return topics.values(Topics.SHIPPING_EVENTS)
			.stream()
			.map(json::readTree)
			.filter((event) -> event.path("orderId").asString().equals(orderId.toString()))
			.toList();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}

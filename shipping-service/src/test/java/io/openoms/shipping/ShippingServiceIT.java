package io.openoms.shipping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.order.OrderAllocated;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.messaging.EventCodec;
import io.openoms.messaging.MessagingAutoConfiguration;
import io.openoms.shipping.application.RecordTrackingUpdate;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.TrackingStatus;
import io.openoms.testsupport.MessagingTables;
import io.openoms.testsupport.OpenApiDocumentCheck;
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
 * shipping-service alone, against a real broker and database: from OrderAllocated through
 * every tracking status to delivery, carrier choice, parcels from two warehouses, a
 * refused booking, a returned parcel, a recall, and the carrier webhook. The simulated
 * carrier's tracking steps fall due only when a test moves the {@link TestClock} on by
 * the delivery delay, so no test races the tracking poll.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + ShippingServiceApplication.CONFIG_NAME,
				"oms.shipping.simulated-delivery-delay=1h", "oms.shipping.delivery-poll-interval=100ms",
				"oms.shipping.webhook-secrets.SIMPOST=" + ShippingServiceIT.WEBHOOK_SECRET })
class ShippingServiceIT {

	static final String WEBHOOK_SECRET = "test-only-simpost-secret";

	private static final Money EUR_999 = new Money(999, "EUR");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Duration DELIVERY_DELAY = Duration.ofHours(1);

	private static final String DEAD_LETTERS = Topics.deadLetterTopicOf(Topics.ORDER_EVENTS);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static TopicRecorder topics;

	private final AtomicInteger carrierSeconds = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	RecordTrackingUpdate recordTrackingUpdate;

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
	void servesTheCheckedInOpenApiDocumentAndSwaggerUi() {
		OpenApiDocumentCheck.assertServedAndUpToDate("shipping-service", ShippingServiceIT.class,
				"http://localhost:" + this.port);
	}

	@Test
	void allocatedOrderIsDispatchedThenTrackedThroughEveryStatusToDeliveryOnceEvenWhenRedeliveredOrRepublished()
			throws Exception {
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
					() -> assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched", "ShipmentTrackingUpdated",
							"ShipmentTrackingUpdated", "ShipmentTrackingUpdated", "ShipmentDelivered"));
		assertThat(outboxRowsOf(orderId)).isEqualTo(5);

		List<JsonNode> events = eventsOf(orderId);
		JsonNode dispatched = events.get(0);
		String shipmentId = dispatched.path("payload").path("shipmentId").asString();
		String trackingNumber = dispatched.path("payload").path("trackingNumber").asString();
		assertThat(dispatched.path("producer").asString()).isEqualTo("shipping-service");
		assertThat(dispatched.path("causationId").asString()).isEqualTo(allocated.eventId().toString());
		assertThat(dispatched.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(dispatched.path("payload").path("carrier").asString()).isEqualTo("SIMPOST");
		assertThat(dispatched.path("payload").path("service").asString()).isEqualTo("STANDARD");
		assertThat(trackingNumber).matches("SP\\d{12}");
		assertThat(dispatched.path("payload").path("trackingUrl").asString())
			.isEqualTo("https://track.example/" + trackingNumber);
		assertThat(events.subList(1, 4)).extracting((event) -> event.path("payload").path("status").asString())
			.containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY");
		assertThat(events.get(1).path("payload").path("trackingNumber").asString()).isEqualTo(trackingNumber);
		assertThat(events.get(1).path("payload").path("location").asString()).isEqualTo("WH-BERLIN");
		assertThat(events.get(1).path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		JsonNode delivered = events.get(4);
		assertThat(delivered.path("payload").path("shipmentId").asString()).isEqualTo(shipmentId);
		assertThat(delivered.path("payload").path("allParcelsDelivered").asBoolean()).isTrue();
		assertThat(delivered.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(delivered.path("payload").path("deliveredAt").asString()).isNotBlank();

		JsonNode shipments = json.readTree(get("/api/shipments?orderId=" + orderId).body());
		assertThat(shipments).hasSize(1);
		JsonNode shipment = json.readTree(get("/api/shipments/" + shipmentId).body());
		assertThat(shipment).isEqualTo(shipments.get(0));
		assertThat(shipment.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(shipment.path("warehouse").asString()).isEqualTo("WH-BERLIN");
		assertThat(shipment.path("weightGrams").asInt()).isEqualTo(900);
		assertThat(shipment.path("carrierChoice").asString())
			.isEqualTo("SIMPOST STANDARD for 0.90 kg to DE (DOMESTIC)");
		assertThat(shipment.path("tracking").path("trackingNumber").asString()).isEqualTo(trackingNumber);
		assertThat(shipment.path("tracking").path("cost").path("amountMinor").asLong()).isEqualTo(479);
		assertThat(shipment.path("tracking").path("status").asString()).isEqualTo("DELIVERED");
		assertThat(shipment.path("tracking").path("history").valueStream().map((e) -> e.path("status").asString()))
			.containsExactly("LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
		assertThat(shipment.path("lines").get(0).path("sku").asString()).isEqualTo("MUG-LOGO");
		assertThat(shipment.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void expressOrderShipsWithAnExpressServiceAndHeavyGoodsGoByFreight() throws Exception {
		UUID express = UUID.randomUUID();
		UUID heavy = UUID.randomUUID();
		publish(orderCreated(express, OrderPriority.EXPRESS, new OrderLine("MUG-LOGO", 2, EUR_999, 450)));
		publish(orderCreated(heavy, OrderPriority.STANDARD, new OrderLine("HOODIE-GREY-L", 100, EUR_999, 650)));
		// OrderAllocated carries no weights here: they come from OrderCreated.
		publish(orderAllocated(express, "WH-BERLIN", List.of(new OrderLine("MUG-LOGO", 2, EUR_999)), null, "Main St 1",
				"DE"));
		publish(orderAllocated(heavy, "WH-BERLIN", List.of(new OrderLine("HOODIE-GREY-L", 100, EUR_999)), null,
				"Main St 1", "FR"));

		await().atMost(PATIENCE).until(() -> typesOf(express).contains("ShipmentDispatched"));
		await().atMost(PATIENCE).until(() -> typesOf(heavy).contains("ShipmentDispatched"));
		JsonNode expressShipment = json.readTree(get("/api/shipments?orderId=" + express).body()).get(0);
		assertThat(eventsOf(express).get(0).path("payload").path("service").asString()).isEqualTo("EXPRESS");
		assertThat(expressShipment.path("tracking").path("service").asString()).isEqualTo("EXPRESS");
		assertThat(expressShipment.path("carrierChoice").asString())
			.isEqualTo("SIMPOST EXPRESS for 0.90 kg to DE (DOMESTIC): an express order");
		JsonNode heavyShipment = json.readTree(get("/api/shipments?orderId=" + heavy).body()).get(0);
		assertThat(heavyShipment.path("tracking").path("carrier").asString()).isEqualTo("SIMFREIGHT");
		assertThat(heavyShipment.path("tracking").path("trackingNumber").asString()).matches("SF\\d{12}");
		assertThat(heavyShipment.path("weightGrams").asInt()).isEqualTo(65_000);
		assertThat(heavyShipment.path("tracking").path("cost").path("amountMinor").asLong()).isEqualTo(7900 + 65 * 40);
	}

	@Test
	void allocationAcrossTwoWarehousesShipsTwoParcelsAndOnlyTheLastDeliveryCompletesTheOrder() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderAllocated> allocated = orderAllocated(orderId, "WH-BERLIN",
				List.of(new OrderLine("MUG-LOGO", 2, EUR_999, 450), new OrderLine("CAP-NAVY", 1, EUR_999, 150)),
				List.of(new AllocatedLine("MUG-LOGO", 2, "WH-BERLIN"), new AllocatedLine("CAP-NAVY", 1, "WH-HAMBURG")),
				"Main St 1", "DE");

		publish(allocated);
		publish(allocated);

		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched", "ShipmentDispatched"));
		JsonNode shipments = json.readTree(get("/api/shipments?orderId=" + orderId).body());
		assertThat(shipments.valueStream().map((s) -> s.path("warehouse").asString()))
			.containsExactlyInAnyOrder("WH-BERLIN", "WH-HAMBURG");
		assertThat(shipments.valueStream().map((s) -> s.path("weightGrams").asInt())).containsExactlyInAnyOrder(900,
				150);

		this.clock.advance(DELIVERY_DELAY);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(typesOf(orderId)).filteredOn("ShipmentDelivered"::equals).hasSize(2));
		List<JsonNode> deliveries = eventsOf(orderId).stream()
			.filter((e) -> e.path("type").asString().equals("ShipmentDelivered"))
			.toList();
		assertThat(deliveries).extracting((e) -> e.path("payload").path("allParcelsDelivered").asBoolean())
			.containsExactly(false, true);
		assertThat(this.jdbc.sql("select count(*) from shipment where order_id = ? and status = 'DELIVERED'")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(2);
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
	void undeliverableParcelFailsAnAttemptAndIsReturnedToSenderInsteadOfDeliveredAndReportedOnce() throws Exception {
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

		await().atMost(PATIENCE).until(() -> typesOf(orderId).contains("ShipmentFailed"));
		List<JsonNode> events = eventsOf(orderId);
		assertThat(events)
			.extracting((e) -> e.path("type").asString() + " " + e.path("payload").path("status").asString())
			.containsExactly("ShipmentDispatched ", "ShipmentTrackingUpdated PICKED_UP",
					"ShipmentTrackingUpdated IN_TRANSIT", "ShipmentTrackingUpdated OUT_FOR_DELIVERY",
					"ShipmentTrackingUpdated DELIVERY_ATTEMPT_FAILED", "ShipmentFailed ");
		String shipmentId = events.get(0).path("payload").path("shipmentId").asString();
		JsonNode failed = events.get(5);
		assertThat(failed.path("payload").path("stage").asString()).isEqualTo("DELIVERY");
		assertThat(failed.path("payload").path("shipmentId").asString()).isEqualTo(shipmentId);
		assertThat(failed.path("payload").path("reason").asString())
			.isEqualTo("SIMPOST could not deliver to '1 UNDELIVERABLE Road' and returns the parcel to WH-BERLIN");
		assertThat(failed.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());

		JsonNode shipment = json.readTree(get("/api/shipments/" + shipmentId).body());
		assertThat(shipment.path("status").asString()).isEqualTo("RETURNED");
		assertThat(shipment.path("tracking").path("status").asString()).isEqualTo("RETURNED_TO_SENDER");
		assertThat(shipment.path("returnedAt").asString()).isNotBlank();
		assertThat(shipment.path("deliveredAt").isNull()).isTrue();

		runDeliveriesDueByNow();
		assertThat(eventsOf(orderId)).hasSize(6);
		assertThat(outboxRowsOf(orderId)).isEqualTo(6);
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
		assertThat(typesOf(delivered)).startsWith("ShipmentDispatched").endsWith("ShipmentDelivered").hasSize(5);
	}

	@Test
	void signedCarrierUpdatesMoveTheParcelOnOncePerEventIdAndDeliverIt() throws Exception {
		UUID orderId = UUID.randomUUID();
		String trackingNumber = dispatchedWithoutSimulatedTracking(orderId);

		String inTransit = trackingUpdate("evt-" + orderId + "-1", trackingNumber, "IN_TRANSIT", "sorted in Leipzig");
		HttpResponse<String> first = webhook("simpost", inTransit, signature(inTransit));
		HttpResponse<String> again = webhook("SIMPOST", inTransit, signature(inTransit));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(json.readTree(first.body()).path("result").asString()).isEqualTo("APPLIED");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readTree(again.body()).path("result").asString()).isEqualTo("DUPLICATE");
		await().atMost(PATIENCE).until(() -> typesOf(orderId).contains("ShipmentTrackingUpdated"));
		JsonNode update = eventsOf(orderId).get(1);
		assertThat(update.path("payload").path("status").asString()).isEqualTo("IN_TRANSIT");
		assertThat(update.path("payload").path("description").asString()).isEqualTo("sorted in Leipzig");

		String delivered = trackingUpdate("evt-" + orderId + "-2", trackingNumber, "DELIVERED", "handed over");
		assertThat(json.readTree(webhook("simpost", delivered, signature(delivered)).body()).path("result").asString())
			.isEqualTo("APPLIED");
		String lateInTransit = trackingUpdate("evt-" + orderId + "-3", trackingNumber, "IN_TRANSIT", "late scan");
		assertThat(json.readTree(webhook("simpost", lateInTransit, signature(lateInTransit)).body())
			.path("result")
			.asString()).isEqualTo("RECORDED");

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(typesOf(orderId)).containsExactly("ShipmentDispatched",
					"ShipmentTrackingUpdated", "ShipmentDelivered"));
		assertThat(outboxRowsOf(orderId)).isEqualTo(3);
		assertThat(status(orderId)).isEqualTo("DELIVERED");
		JsonNode history = json.readTree(get("/api/shipments?orderId=" + orderId).body())
			.get(0)
			.path("tracking")
			.path("history");
		assertThat(history.valueStream().map((e) -> e.path("status").asString() + " " + e.path("applied").asBoolean()))
			.containsExactly("LABEL_CREATED true", "IN_TRANSIT true", "DELIVERED true", "IN_TRANSIT false");
	}

	@Test
	void reportsRecordedAtOnceAreStoredOnceEachInOrderAndEveryDuplicateIsRecognised() {
		UUID orderId = UUID.randomUUID();
		String trackingNumber = dispatchedWithoutSimulatedTracking(orderId);
		Instant t = this.clock.instant();
		Shipment.TrackingReport pickedUp = report("evt-" + orderId + "-1", TrackingStatus.PICKED_UP, t.plusSeconds(1));
		Shipment.TrackingReport inTransit = report("evt-" + orderId + "-2", TrackingStatus.IN_TRANSIT,
				t.plusSeconds(3));
		Shipment.TrackingReport outForDelivery = report("evt-" + orderId + "-3", TrackingStatus.OUT_FOR_DELIVERY,
				t.plusSeconds(4));
		Shipment.TrackingReport lateScan = report("evt-" + orderId + "-4", TrackingStatus.IN_TRANSIT, t.plusSeconds(2));

		List<RecordTrackingUpdate.Result> results = this.recordTrackingUpdate.recordAll("SIMPOST", trackingNumber,
				List.of(pickedUp, inTransit, pickedUp, outForDelivery, lateScan));
		RecordTrackingUpdate.Result again = this.recordTrackingUpdate.record("SIMPOST", trackingNumber, inTransit);

		assertThat(results).extracting(RecordTrackingUpdate.Result::outcome)
			.containsExactly(RecordTrackingUpdate.Outcome.APPLIED, RecordTrackingUpdate.Outcome.APPLIED,
					RecordTrackingUpdate.Outcome.DUPLICATE, RecordTrackingUpdate.Outcome.APPLIED,
					RecordTrackingUpdate.Outcome.RECORDED);
		assertThat(again.outcome()).isEqualTo(RecordTrackingUpdate.Outcome.DUPLICATE);
		assertThat(this.jdbc.sql("""
				select e.status || ' ' || e.applied from tracking_event e join shipment s on s.id = e.shipment_id
				where s.order_id = ? order by e.occurred_at
				""").param(orderId).query(String.class).list()).containsExactly("LABEL_CREATED true", "PICKED_UP true",
				"IN_TRANSIT false", "IN_TRANSIT true", "OUT_FOR_DELIVERY true");
		assertThat(this.jdbc.sql("select tracking_status from shipment where order_id = ?")
			.param(orderId)
			.query(String.class)
			.single()).isEqualTo("OUT_FOR_DELIVERY");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(eventsOf(orderId).stream()
				.map((event) -> event.path("type").asString() + " " + event.path("payload").path("status").asString())
				.toList()).containsExactly("ShipmentDispatched ", "ShipmentTrackingUpdated PICKED_UP",
						"ShipmentTrackingUpdated IN_TRANSIT", "ShipmentTrackingUpdated OUT_FOR_DELIVERY"));
		assertThat(outboxRowsOf(orderId)).isEqualTo(4);
	}

	@Test
	void carrierUpdateWithoutOrWithAWrongSignatureIsRejectedAndChangesNothing() throws Exception {
		UUID orderId = UUID.randomUUID();
		String trackingNumber = dispatchedWithoutSimulatedTracking(orderId);
		String body = trackingUpdate("evt-" + orderId, trackingNumber, "DELIVERED", "handed over");

		HttpResponse<String> unsigned = webhook("simpost", body, null);
		HttpResponse<String> wronglySigned = webhook("simpost", body,
				"sha256=" + hmac("some-other-secret-entirely", body));
		HttpResponse<String> tampered = webhook("simpost", body.replace("handed over", "thrown over the fence"),
				signature(body));

		for (HttpResponse<String> response : List.of(unsigned, wronglySigned, tampered)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(json.readTree(response.body()).path("type").asString())
				.isEqualTo("https://openoms.io/problems/invalid-signature");
		}
		assertThat(json.readTree(unsigned.body()).path("detail").asString()).contains("X-Carrier-Signature");
		assertThat(status(orderId)).isEqualTo("DISPATCHED");
		assertThat(this.jdbc.sql("select count(*) from tracking_event where carrier_event_id = ?")
			.param("evt-" + orderId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void carrierUpdateForAnUnknownParcelOrFromAnUnknownCarrierIsAClearProblem() throws Exception {
		String unknownParcel = trackingUpdate("evt-" + UUID.randomUUID(), "SP999999999994", "IN_TRANSIT", "sorted");

		HttpResponse<String> unknown = webhook("simpost", unknownParcel, signature(unknownParcel));
		HttpResponse<String> unknownCarrier = webhook("acme", unknownParcel, signature(unknownParcel));
		String invalid = "{\"eventId\":\"\",\"trackingNumber\":\"SP1\",\"status\":\"LOST\"}";
		HttpResponse<String> malformed = webhook("simpost", invalid, signature(invalid));

		assertThat(unknown.statusCode()).isEqualTo(422);
		JsonNode problem = json.readTree(unknown.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/unknown-shipment");
		assertThat(problem.path("detail").asString())
			.isEqualTo("no shipment has SIMPOST tracking number SP999999999994; nothing was recorded");
		assertThat(unknownCarrier.statusCode()).isEqualTo(404);
		assertThat(json.readTree(unknownCarrier.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/unknown-carrier");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json.readTree(malformed.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/invalid-input");
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

	private static Shipment.TrackingReport report(String eventId, TrackingStatus status, Instant at) {
		return new Shipment.TrackingReport(eventId, status, "status " + status, "Leipzig", at);
	}

	private static EventEnvelope<OrderAllocated> orderAllocated(UUID orderId, String country) {
		return orderAllocated(orderId, "Main St 1", country);
	}

	private static EventEnvelope<OrderAllocated> orderAllocated(UUID orderId, String line1, String country) {
		return orderAllocated(orderId, "WH-BERLIN", List.of(new OrderLine("MUG-LOGO", 2, EUR_999, 450)), null, line1,
				country);
	}

	private static EventEnvelope<OrderAllocated> orderAllocated(UUID orderId, String warehouse, List<OrderLine> lines,
			List<AllocatedLine> allocatedLines, String line1, String country) {
		return envelope(new OrderAllocated(orderId, UUID.randomUUID(), warehouse, lines,
				new ShippingAddress("Ada Lovelace", line1, null, "10115", "Berlin", country), allocatedLines));
	}

	private static EventEnvelope<OrderCreated> orderCreated(UUID orderId, OrderPriority priority, OrderLine line) {
		return envelope(new OrderCreated(orderId, "customer-1", List.of(line), line.unitPrice().times(line.quantity()),
				"pm_card_visa", new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"),
				priority));
	}

	/**
	 * A dispatched parcel whose carrier reports only through the webhook: its simulated
	 * journey is stopped, as if the carrier were a real one.
	 */
	private String dispatchedWithoutSimulatedTracking(UUID orderId) {
		publish(orderAllocated(orderId, "DE"));
		await().atMost(PATIENCE).until(() -> typesOf(orderId).contains("ShipmentDispatched"));
		String trackingNumber = eventsOf(orderId).get(0).path("payload").path("trackingNumber").asString();
		this.jdbc.sql("update simulated_parcel set next_due_at = null where tracking_number = ?")
			.param(trackingNumber)
			.update();
		return trackingNumber;
	}

	/** A carrier's update; each one a second later than the one before. */
	private String trackingUpdate(String eventId, String trackingNumber, String status, String description) {
		return """
				{"eventId":"%s","trackingNumber":"%s","status":"%s","occurredAt":"%s","description":"%s","location":"Leipzig"}"""
			.formatted(eventId, trackingNumber, status,
					this.clock.instant().plusSeconds(this.carrierSeconds.incrementAndGet()), description);
	}

	private static String hmac(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String signature(String body) {
		return "sha256=" + hmac(WEBHOOK_SECRET, body);
	}

	private HttpResponse<String> webhook(String carrier, String body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/carriers/" + carrier + "/tracking"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Carrier-Signature", signature);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

package io.openoms.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.contracts.upstream.OrderPlaced;
import io.openoms.messaging.EventCodec;
import io.openoms.testsupport.EventSchemas;
import io.openoms.testsupport.TestEvents;
import io.openoms.testsupport.TestInfrastructure;
import io.openoms.testsupport.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole product, all four services on one broker, driven through its HTTP API and its
 * topics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderLifecycleSystemIT {

	private static final int CONCURRENT_ORDERS = 50;

	private static final List<String> HAPPY_PATH = List.of("CREATED", "PAID", "ALLOCATED", "SHIPPED", "COMPLETED");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final EventCodec codec = new EventCodec(json);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static RunningSystem system;

	private static TopicRecorder topics;

	@BeforeAll
	static void startSystem() {
		// Every OMS topic, so the last test can check every record against its schema.
		topics = TopicRecorder
			.start(EventCatalog.all().stream().map(EventType::topic).distinct().toArray(String[]::new));
		system = RunningSystem.start();
	}

	@AfterAll
	static void stopSystem() {
		if (system != null) {
			system.close();
		}
		if (topics != null) {
			topics.close();
		}
	}

	@Test
	void fiftyConcurrentOrdersAllCompleteWithExactlyOneStatusEventPerTransition() throws Exception {
		List<String> orderIds = placeConcurrently(CONCURRENT_ORDERS, "pm_card_visa");

		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(
					() -> assertThat(orderIds).allSatisfy((id) -> assertThat(status(id)).isEqualTo("COMPLETED")));

		Map<String, List<JsonNode>> statusEvents = statusEventsByOrder();
		for (String orderId : orderIds) {
			List<JsonNode> events = statusEvents.get(orderId);
			assertThat(events).as("status events of order %s", orderId).hasSize(HAPPY_PATH.size());
			assertThat(events).extracting((event) -> event.path("payload").path("status").asString())
				.containsExactlyElementsOf(HAPPY_PATH);
			assertThat(events).extracting((event) -> event.path("payload").path("revision").asInt())
				.containsExactly(1, 2, 3, 4, 5);
			assertThat(events).extracting((event) -> event.path("eventId").asString()).doesNotHaveDuplicates();
		}
		JsonNode order = get(system.baseUrl("order-service") + "/api/orders/" + orderIds.get(0));
		assertThat(order.path("history")
			.valueStream()
			.filter((entry) -> entry.path("kind").asString().equals("TRANSITION"))).hasSize(HAPPY_PATH.size());
		// The carrier's milestones between dispatch and delivery are notes in the order's
		// history.
		assertThat(order.path("history")
			.valueStream()
			.filter((entry) -> entry.path("kind").asString().equals("NOTE"))
			.map((entry) -> entry.path("reason").asString())).hasSize(3)
			.anySatisfy((note) -> assertThat(note).contains("PICKED_UP"))
			.anySatisfy((note) -> assertThat(note).contains("IN_TRANSIT"))
			.anySatisfy((note) -> assertThat(note).contains("OUT_FOR_DELIVERY"));
		assertThat(order.path("total").path("amountMinor").asLong()).isEqualTo(2 * 999 + 1499);
		assertThat(order.path("shipment").path("trackingNumber").asString()).isNotBlank();
		awaitReconciled();
	}

	@Test
	void declinedCardCancelsTheOrderWithTheReasonAndTouchesNoStock() throws Exception {
		String orderId = placeConcurrently(1, "pm_card_chargeDeclined").get(0);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("CANCELLED"));

		JsonNode order = get(system.baseUrl("order-service") + "/api/orders/" + orderId);
		assertThat(order.path("history").get(1).path("reason").asString()).contains("card_declined");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(statusEventsByOrder().get(orderId))
				.extracting((event) -> event.path("payload").path("status").asString())
				.containsExactly("CREATED", "CANCELLED"));
		JsonNode payments = get(system.baseUrl("payment-service") + "/api/payments?orderId=" + orderId);
		assertThat(payments).singleElement().satisfies((payment) -> {
			assertThat(payment.path("status").asString()).isEqualTo("FAILED");
			assertThat(payment.path("failure").path("code").asString()).isEqualTo("card_declined");
		});
		for (String sku : List.of("MUG-LOGO", "CAP-NAVY")) {
			JsonNode movements = get(
					system.baseUrl("inventory-service") + "/api/stock/" + sku + "/movements?limit=1000");
			assertThat(movements.valueStream().map((movement) -> movement.path("orderId").asString()))
				.as("stock movements of %s", sku)
				.doesNotContain(orderId);
		}
		awaitReconciled();
	}

	@Test
	void orderThatCannotBeAllocatedIsCancelledAndItsPaymentRefunded() throws Exception {
		// POSTER-LIMITED has 5 units in stock: 6 can never be allocated.
		String orderId = placeConcurrently(1, "pm_card_visa", "[{\"sku\":\"POSTER-LIMITED\",\"quantity\":6}]",
				"Main St 1", "DE")
			.get(0);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("CANCELLED"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode summary = get(system.baseUrl("payment-service") + "/api/payments/summary?orderId=" + orderId);
			assertThat(summary.path("charged").path("amountMinor").asLong()).isEqualTo(6 * 2999);
			assertThat(summary.path("net").path("amountMinor").asLong()).isZero();
		});
		JsonNode order = get(system.baseUrl("order-service") + "/api/orders/" + orderId);
		assertThat(order.path("history").valueStream().map((entry) -> entry.path("reason").asString()))
			.anySatisfy((reason) -> assertThat(reason).contains("POSTER-LIMITED"))
			.anySatisfy((reason) -> assertThat(reason).contains("refunded"));
		assertThat(statusEventsByOrder().get(orderId))
			.extracting((event) -> event.path("payload").path("status").asString())
			.containsExactly("CREATED", "PAID", "CANCELLED");
		awaitReconciled();
	}

	@Test
	void cancellationsRacingTheLifecycleEndConsistentlyWithEveryCompensationDoneOnce() throws Exception {
		List<String> orderIds = placeConcurrently(20, "pm_card_visa");
		List<Integer> answers = new ArrayList<>();
		for (String orderId : orderIds) {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create(system.baseUrl("order-service") + "/api/orders/" + orderId + "/cancel"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"customer changed their mind\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			answers.add(response.statusCode());
			assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
		}

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(orderIds)
				.allSatisfy((id) -> assertThat(status(id)).isIn("CANCELLED", "COMPLETED")));
		for (int i = 0; i < orderIds.size(); i++) {
			assertThat(status(orderIds.get(i))).isEqualTo((answers.get(i) == 200) ? "CANCELLED" : "COMPLETED");
		}
		awaitReconciled();
	}

	@Test
	void orderNoCarrierCanBookIsCancelledWithStockReleasedAndPaymentRefunded() throws Exception {
		// The simulated carrier serves no address in Antarctica.
		String orderId = placeConcurrently(1, "pm_card_visa", "[{\"sku\":\"HOODIE-GREY-L\",\"quantity\":1}]",
				"Main St 1", "AQ")
			.get(0);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("CANCELLED"));
		assertThat(statusEventsByOrder().get(orderId))
			.extracting((event) -> event.path("payload").path("status").asString())
			.containsExactly("CREATED", "PAID", "ALLOCATED", "CANCELLED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(history(orderId)).anySatisfy((r) -> assertThat(r).contains("no carrier"))
				.anySatisfy((r) -> assertThat(r).contains("refunded"))
				.anySatisfy((r) -> assertThat(r).contains("stock released")));
		awaitReconciled();
	}

	@Test
	void parcelReturnedUndeliverableCancelsTheShippedOrderAndReturnsStockAndMoney() throws Exception {
		String orderId = placeConcurrently(1, "pm_card_visa", "[{\"sku\":\"TSHIRT-WHITE-L\",\"quantity\":3}]",
				"UNDELIVERABLE Nowhere Lane 0", "DE")
			.get(0);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("CANCELLED"));
		assertThat(statusEventsByOrder().get(orderId))
			.extracting((event) -> event.path("payload").path("status").asString())
			.containsExactly("CREATED", "PAID", "ALLOCATED", "SHIPPED", "CANCELLED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(history(orderId))
				.anySatisfy((r) -> assertThat(r).contains("DELIVERY_ATTEMPT_FAILED"))
				.anySatisfy((r) -> assertThat(r).contains("carrier returned the parcel"))
				.anySatisfy((r) -> assertThat(r).contains("refunded")));
		JsonNode shipment = get(system.baseUrl("shipping-service") + "/api/shipments?orderId=" + orderId).get(0);
		assertThat(shipment.path("status").asString()).isEqualTo("RETURNED");
		assertThat(shipment.path("tracking").path("history").valueStream().map((e) -> e.path("status").asString()))
			.containsExactly("LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERY_ATTEMPT_FAILED",
					"RETURNED_TO_SENDER");
		JsonNode movements = get(
				system.baseUrl("inventory-service") + "/api/stock/TSHIRT-WHITE-L/movements?limit=1000");
		assertThat(movements.valueStream()
			.filter((movement) -> movement.path("orderId").asString().equals(orderId))
			.map((movement) -> movement.path("type").asString()))
			.containsExactlyInAnyOrder("ALLOCATION", "SHIPMENT", "RETURN");
		awaitReconciled();
	}

	private static List<String> history(String orderId) throws Exception {
		return get(system.baseUrl("order-service") + "/api/orders/" + orderId).path("history")
			.valueStream()
			.map((entry) -> entry.path("reason").asString())
			.toList();
	}

	@Test
	void upstreamOrderCompletesLikeAnHttpOrderAndARepeatedEventPlacesNothing() throws Exception {
		String reference = "WS-" + UUID.randomUUID();
		OrderPlaced placed = new OrderPlaced("webshop-de", reference, "customer-upstream",
				List.of(new OrderPlaced.OrderedLine("MUG-LOGO", 1)),
				new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"), "pm_card_visa",
				OrderPriority.EXPRESS);
		String orderId = placed.orderId().toString();

		publishUpstream(placed);
		publishUpstream(placed);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("COMPLETED"));
		JsonNode order = get(system.baseUrl("order-service") + "/api/orders/" + orderId);
		assertThat(order.path("externalReference").asString()).isEqualTo(reference);
		assertThat(order.path("total").path("amountMinor").asLong()).isEqualTo(999);
		JsonNode listed = get(
				system.baseUrl("order-service") + "/api/orders?channel=webshop-de&customerId=customer-upstream");
		assertThat(listed.path("items").valueStream().map((o) -> o.path("id").asString())).containsOnlyOnce(orderId);
		awaitReconciled();
	}

	@Test
	void heldOrderIsPaidButNotAllocatedUntilReleasedThenCompletes() throws Exception {
		String orderId = placeConcurrently(1, "pm_card_authenticationRequired").get(0);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(get(system.baseUrl("payment-service") + "/api/payments?orderId=" + orderId))
				.singleElement()
				.satisfies((payment) -> assertThat(payment.path("status").asString()).isEqualTo("REQUIRES_ACTION")));
		assertThat(post(system.baseUrl("order-service") + "/api/orders/" + orderId + "/hold",
				"{\"reason\":\"fraud check\"}")
			.statusCode()).isEqualTo(200);
		String paymentId = get(system.baseUrl("payment-service") + "/api/payments?orderId=" + orderId).get(0)
			.path("id")
			.asString();

		post(system.baseUrl("payment-service") + "/api/simulated-gateway/payments/" + paymentId + "/authentication",
				"{\"outcome\":\"SUCCEEDED\"}");

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("PAID"));
		// Held: inventory-service never heard of the payment, and the audit agrees.
		awaitReconciled();
		assertThat(status(orderId)).isEqualTo("PAID");
		assertThat(post(system.baseUrl("order-service") + "/api/orders/" + orderId + "/release", "").statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("COMPLETED"));
		awaitReconciled();
	}

	/**
	 * Runs after the others: every record they caused on every OMS topic (dead-letter
	 * topics aside) validates against the JSON Schema of its {@code oms-event-type}
	 * header and envelope version, and is keyed by its envelope's {@code orderId} (ADR
	 * 0015).
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void everyRecordOnEveryTopicValidatesAgainstItsEventSchema() {
		List<ConsumerRecord<String, String>> records = topics.records();

		assertThat(records).extracting((record) -> record.topic())
			.contains(Topics.ORDER_EVENTS, Topics.ORDER_STATUS, Topics.PAYMENT_EVENTS, Topics.INVENTORY_EVENTS,
					Topics.SHIPPING_EVENTS, Topics.UPSTREAM_ORDERS, Topics.UPSTREAM_ORDER_RESULTS);
		assertThat(records.stream().flatMap((record) -> EventSchemas.violations(record).stream())).isEmpty();
	}

	private static void publishUpstream(OrderPlaced placed) {
		UUID id = UUID.randomUUID();
		EventEnvelope<OrderPlaced> envelope = new EventEnvelope<>(id, "OrderPlaced", 1, placed.orderId(), Instant.now(),
				id, id, placed.channel(), placed);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.UPSTREAM_ORDERS,
				placed.orderId().toString(), codec.encode(envelope));
		// As an upstream system should, so its records validate like the services' own.
		record.headers().add(EventSchemas.TYPE_HEADER, "OrderPlaced".getBytes(StandardCharsets.UTF_8));
		TestEvents.publish(record);
	}

	private static HttpResponse<String> post(String url, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitReconciled() {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(system.reconcile(Duration.ofSeconds(1)).violations()).isEmpty());
	}

	private List<String> placeConcurrently(int count, String paymentMethod) throws Exception {
		return placeConcurrently(count, paymentMethod,
				"[{\"sku\":\"MUG-LOGO\",\"quantity\":2},{\"sku\":\"CAP-NAVY\",\"quantity\":1}]", "Main St 1", "DE");
	}

	private List<String> placeConcurrently(int count, String paymentMethod, String lines, String line1, String country)
			throws Exception {
		String url = system.baseUrl("order-service") + "/api/orders";
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<String>> placements = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String body = """
						{"customerId":"customer-%d","lines":%s,
						 "shippingAddress":{"name":"Ada Lovelace","line1":"%s","postalCode":"10115","city":"Berlin","country":"%s"},
						 "paymentMethod":"%s"}
						"""
					.formatted(i, lines, line1, country, paymentMethod);
				placements.add(() -> {
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
					assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
					JsonNode created = json.readTree(response.body());
					assertThat(response.headers().firstValue("Location"))
						.hasValueSatisfying((location) -> assertThat(location)
							.endsWith("/api/orders/" + created.path("id").asString()));
					return created.path("id").asString();
				});
			}
			List<String> ids = new ArrayList<>();
			for (Future<String> placed : pool.invokeAll(placements)) {
				ids.add(placed.get());
			}
			return ids;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String status(String orderId) throws Exception {
		return get(system.baseUrl("order-service") + "/api/orders/" + orderId).path("status").asString();
	}

	private static JsonNode get(String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static Map<String, List<JsonNode>> statusEventsByOrder() {
		return topics.values(Topics.ORDER_STATUS)
			.stream()
			.map(json::readTree)
			.collect(Collectors.groupingBy((event) -> event.path("orderId").asString()));
	}

}

package io.openoms.order;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.payment.PaymentRefunded;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.contracts.shipping.ShipmentDelivered;
import io.openoms.contracts.shipping.ShipmentDispatched;
import io.openoms.contracts.shipping.ShipmentTrackingUpdated;
import io.openoms.testsupport.MessagingTables;
import io.openoms.testsupport.OpenApiDocumentCheck;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * order-service alone, against a real broker and database: its API, its outbox and its
 * consumers.
 */
@OrderServiceUnderTest(database = "orders", recordedTopics = { Topics.ORDER_EVENTS, Topics.ORDER_STATUS })
class OrderServiceIT extends OrderServiceITSupport {

	private static final String VALID_ORDER = """
			{"customerId":"customer-1","lines":[{"sku":"MUG-LOGO","quantity":2}],
			 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
			 "paymentMethod":"pm_card_visa"}
			""";

	@Test
	void placedOrderIsCreatedPricedByTheCatalogAndPublished() throws Exception {
		HttpResponse<String> response = post("/api/orders", VALID_ORDER);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode order = json.readTree(response.body());
		String orderId = order.path("id").asString();
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/api/orders/" + orderId));
		assertThat(order.path("status").asString()).isEqualTo("CREATED");
		assertThat(order.path("total").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(order.path("total").path("currency").asString()).isEqualTo("EUR");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(eventsOf(orderId)).extracting((e) -> e.path("type").asString())
				.containsExactlyInAnyOrder("OrderCreated", "OrderStatusChanged"));
		JsonNode created = eventsOf(orderId).stream()
			.filter((e) -> e.path("type").asString().equals("OrderCreated"))
			.findFirst()
			.orElseThrow();
		assertThat(created.path("producer").asString()).isEqualTo("order-service");
		assertThat(created.path("schemaVersion").asInt()).isEqualTo(1);
		assertThat(created.path("payload").path("total").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(created.path("payload").path("priority").asString()).isEqualTo("STANDARD");
		assertThat(created.path("payload").path("lines").get(0).path("unitWeightGrams").asInt())
			.as("the catalog's weight of a MUG-LOGO")
			.isEqualTo(450);
	}

	@Test
	void paymentSucceededMovesTheOrderToPaidExactlyOnceEvenWhenRedelivered() throws Exception {
		String orderId = json.readTree(post("/api/orders", VALID_ORDER).body()).path("id").asString();
		EventEnvelope<PaymentSucceeded> paid = envelope(new PaymentSucceeded(UUID.fromString(orderId),
				UUID.randomUUID(), new Money(1998, "EUR"), "pi_sim_test"));

		publish(Topics.PAYMENT_EVENTS, paid);
		publish(Topics.PAYMENT_EVENTS, paid);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(getOrder(orderId).path("status").asString()).isEqualTo("PAID"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(eventsOf(orderId)).extracting((e) -> e.path("type").asString())
				.containsExactlyInAnyOrder("OrderCreated", "OrderStatusChanged", "OrderPaid", "OrderStatusChanged"));
		assertThat(MessagingTables.timesProcessed(this.jdbc, paid.eventId())).isEqualTo(1);
		assertThat(getOrder(orderId).path("history")).hasSize(2);
	}

	@Test
	void paidOrderCancelledByTheCustomerIsPublishedWithItsPreviousStatusAndRecordsTheRefund() throws Exception {
		String orderId = placeOrder();
		UUID paymentId = UUID.randomUUID();
		publish(Topics.PAYMENT_EVENTS, envelope(
				new PaymentSucceeded(UUID.fromString(orderId), paymentId, new Money(1998, "EUR"), "pi_sim_test")));
		awaitStatus(orderId, "PAID");

		HttpResponse<String> response = post("/api/orders/" + orderId + "/cancel", "{\"reason\":\"changed my mind\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("CANCELLED");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(eventsOf(orderId))
				.filteredOn((e) -> e.path("type").asString().equals("OrderCancelled"))
				.singleElement()
				.satisfies((e) -> {
					assertThat(e.path("payload").path("previousStatus").asString()).isEqualTo("PAID");
					assertThat(e.path("payload").path("reason").asString()).isEqualTo("changed my mind");
				}));

		assertThat(post("/api/orders/" + orderId + "/cancel", "{\"reason\":\"again\"}").statusCode()).isEqualTo(200);
		publish(Topics.PAYMENT_EVENTS,
				envelope(new PaymentRefunded(UUID.fromString(orderId), paymentId, UUID.randomUUID(),
						new Money(1998, "EUR"), "re_sim_1", "order cancelled", "ORDER_CANCELLED",
						new Money(1998, "EUR"))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					getOrder(orderId).path("history").valueStream().map((entry) -> entry.path("reason").asString()))
				.anySatisfy((reason) -> assertThat(reason).contains("refunded: 19.98 EUR")));
		assertThat(eventsOf(orderId)).filteredOn((e) -> e.path("type").asString().equals("OrderCancelled")).hasSize(1);
	}

	@Test
	void shippedOrderCannotBeCancelledAndTheProblemSaysWhy() throws Exception {
		String orderId = placeOrder();
		UUID id = UUID.fromString(orderId);
		publish(Topics.PAYMENT_EVENTS,
				envelope(new PaymentSucceeded(id, UUID.randomUUID(), new Money(1998, "EUR"), "pi_sim_test")));
		publish(Topics.INVENTORY_EVENTS, envelope(new StockAllocated(id, UUID.randomUUID(), "WH-BERLIN",
				java.util.List.of(new AllocatedLine("MUG-LOGO", 2)))));
		publish(Topics.SHIPPING_EVENTS, envelope(new ShipmentDispatched(id, UUID.randomUUID(), "SIMPOST",
				"SP000000000001", "https://track.example/SP000000000001", "STANDARD")));
		awaitStatus(orderId, "SHIPPED");

		HttpResponse<String> response = post("/api/orders/" + orderId + "/cancel", "{\"reason\":\"too late\"}");

		assertThat(response.statusCode()).isEqualTo(409);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/illegal-transition");
		assertThat(problem.path("detail").asString()).contains("SHIPPED to CANCELLED");
		assertThat(problem.path("status").asInt()).isEqualTo(409);
		assertThat(problem.path("orderStatus").asString()).isEqualTo("SHIPPED");
		assertThat(getOrder(orderId).path("status").asString()).isEqualTo("SHIPPED");
	}

	@Test
	void shippingMilestonesOfEveryParcelShowInTheHistoryAndTheLastDeliveryCompletesTheOrder() throws Exception {
		String orderId = placeOrder();
		UUID id = UUID.fromString(orderId);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		publish(Topics.PAYMENT_EVENTS,
				envelope(new PaymentSucceeded(id, UUID.randomUUID(), new Money(1998, "EUR"), "pi_sim_test")));
		publish(Topics.INVENTORY_EVENTS, envelope(new StockAllocated(id, UUID.randomUUID(), "WH-BERLIN", java.util.List
			.of(new AllocatedLine("MUG-LOGO", 1, "WH-BERLIN"), new AllocatedLine("MUG-LOGO", 1, "WH-HAMBURG")))));
		awaitStatus(orderId, "ALLOCATED");
		publish(Topics.SHIPPING_EVENTS, envelope(new ShipmentDispatched(id, first, "SIMPOST", "SP000000000018",
				"https://track.example/SP000000000018", "EXPRESS")));
		publish(Topics.SHIPPING_EVENTS, envelope(new ShipmentDispatched(id, second, "SIMPOST", "SP000000000026",
				"https://track.example/SP000000000026", "EXPRESS")));
		publish(Topics.SHIPPING_EVENTS, envelope(new ShipmentTrackingUpdated(id, first, "SIMPOST", "SP000000000018",
				"IN_TRANSIT", "sorted at the hub", "SIMPOST hub DE", Instant.now())));
		publish(Topics.SHIPPING_EVENTS, envelope(new ShipmentDelivered(id, first, Instant.now(), false)));
		publish(Topics.SHIPPING_EVENTS, envelope(new ShipmentDelivered(id, second, Instant.now(), true)));

		awaitStatus(orderId, "COMPLETED");
		JsonNode order = getOrder(orderId);
		assertThat(order.path("revision").asInt()).isEqualTo(5);
		assertThat(order.path("history").valueStream().map((entry) -> entry.path("reason").asString())).contains(
				"shipped with SIMPOST EXPRESS SP000000000018",
				"another parcel shipped with SIMPOST EXPRESS SP000000000026",
				"parcel SP000000000018 (SIMPOST) IN_TRANSIT at SIMPOST hub DE: sorted at the hub",
				"parcel of shipment " + first + " delivered; the order's other parcels are on their way");
		JsonNode allocated = eventsOf(orderId).stream()
			.filter((e) -> e.path("type").asString().equals("OrderAllocated"))
			.findFirst()
			.orElseThrow();
		assertThat(allocated.path("payload")
			.path("allocatedLines")
			.valueStream()
			.map((line) -> line.path("warehouse").asString())).containsExactly("WH-BERLIN", "WH-HAMBURG");
		assertThat(allocated.path("payload").path("lines").get(0).path("unitWeightGrams").asInt()).isEqualTo(450);
		assertThat(eventsOf(orderId)).filteredOn((e) -> e.path("type").asString().equals("OrderShipped")).hasSize(1);
	}

	@Test
	void cancellationWithoutAReasonNamesTheField() throws Exception {
		HttpResponse<String> response = post("/api/orders/" + placeOrder() + "/cancel", "{}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("reason");
	}

	@Test
	void clientCannotSetPricesTotalsOrStatuses() throws Exception {
		HttpResponse<String> response = post("/api/orders", VALID_ORDER.replace("\"paymentMethod\"",
				"\"total\":{\"amountMinor\":1,\"currency\":\"EUR\"},\"paymentMethod\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/invalid-input");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("total");
	}

	@Test
	void invalidRequestNamesEveryInvalidField() throws Exception {
		HttpResponse<String> response = post("/api/orders",
				"""
						{"customerId":"","lines":[{"sku":"MUG-LOGO","quantity":0}],
						 "shippingAddress":{"name":"Ada","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"Germany"}}
						""");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("errors").valueStream().map((e) -> e.path("field").asString()))
			.containsExactlyInAnyOrder("customerId", "lines[0].quantity", "shippingAddress.country", "paymentMethod");
	}

	@Test
	void unknownSkuIsUnprocessableAndNamesTheLine() throws Exception {
		HttpResponse<String> response = post("/api/orders", VALID_ORDER.replace("MUG-LOGO", "NO-SUCH-SKU"));

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("lines[0].sku");
	}

	@Test
	void searchLimitOutOfRangeIsABadRequestNamingTheParameter() throws Exception {
		HttpResponse<String> response = get("/api/orders?limit=0");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("limit");
	}

	@Test
	void unknownOrderIsNotFound() throws Exception {
		HttpResponse<String> response = get("/api/orders/" + UUID.randomUUID());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json.readTree(response.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/order-not-found");
	}

	@Test
	void orderIdThatIsNotAUuidIsABadRequestNamingIt() throws Exception {
		HttpResponse<String> response = get("/api/orders/not-a-uuid");

		JsonNode error = invalidInput(response).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("orderId");
		assertThat(error.path("message").asString()).isEqualTo("must be a UUID, was not-a-uuid");
	}

	@Test
	void unknownStatusFilterIsABadRequestNamingTheStatusesThereAre() throws Exception {
		HttpResponse<String> response = get("/api/orders?status=LOST");

		JsonNode error = invalidInput(response).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("status");
		assertThat(error.path("message").asString()).startsWith("must be one of CREATED, ").endsWith(", was LOST");
	}

	@Test
	void correlationIdThatIsNotAUuidIsABadRequestNamingTheHeader() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/orders")))
			.header("Content-Type", "application/json")
			.header("X-Correlation-Id", "not-a-uuid")
			.POST(HttpRequest.BodyPublishers.ofString(VALID_ORDER))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(invalidInput(response).path("errors").get(0).path("field").asString()).isEqualTo("X-Correlation-Id");
	}

	@Test
	void servesTheCheckedInOpenApiDocumentAndSwaggerUi() {
		OpenApiDocumentCheck.assertServedAndUpToDate("order-service", OrderServiceIT.class, url(""));
	}

	private static JsonNode invalidInput(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/invalid-input");
		return problem;
	}

	private String placeOrder() throws Exception {
		return placeOrder(VALID_ORDER);
	}

	private java.util.List<JsonNode> eventsOf(String orderId) {
		return topics().records()
			.stream()
			.map((record) -> json.readTree(record.value()))
			.filter((event) -> event.path("orderId").asString().equals(orderId))
			.toList();
	}

}

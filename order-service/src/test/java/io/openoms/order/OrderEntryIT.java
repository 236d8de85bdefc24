package io.openoms.order;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.contracts.upstream.OrderPlaced;
import io.openoms.contracts.upstream.UpstreamOrder;
import io.openoms.messaging.MessagingAutoConfiguration;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How orders enter order-service, against a real broker and database: idempotent HTTP
 * placement, validation, upstream {@code OrderPlaced}, operator holds and the listing
 * (ADR 0013).
 */
@OrderServiceUnderTest(database = "order-entry", recordedTopics = { Topics.ORDER_EVENTS, Topics.ORDER_STATUS,
		Topics.UPSTREAM_ORDER_RESULTS, Topics.UPSTREAM_ORDERS + Topics.DEAD_LETTER_SUFFIX })
class OrderEntryIT extends OrderServiceITSupport {

	private static final String ADDRESS = """
			{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"}""";

	// Idempotent placement

	@Test
	void sameIdempotencyKeyAndSameBodyAnswersTheFirstOrderWithoutPlacingAnother() throws Exception {
		String customer = "idem-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post("/api/orders", order(customer, "MUG-LOGO", 2), key);
		// The same request, spaced and ordered differently.
		String reordered = """
				{ "paymentMethod" : "pm_card_visa", "shippingAddress" : %s,
				  "lines" : [ { "quantity" : 2, "sku" : "MUG-LOGO" } ], "customerId" : "%s" }
				""".formatted(ADDRESS, customer);
		HttpResponse<String> again = post("/api/orders", reordered, key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		String orderId = id(first);
		assertThat(id(again)).isEqualTo(orderId);
		assertThat(again.headers().firstValue("Location")).hasValue(url("/api/orders/" + orderId));
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(ordersOf(customer)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> eventsOf(Topics.ORDER_EVENTS, orderId).stream()
				.anyMatch((e) -> e.path("type").asString().equals("OrderCreated")));
		assertThat(eventsOf(Topics.ORDER_EVENTS, orderId)).hasSize(1);
	}

	@Test
	void sameIdempotencyKeyWithADifferentBodyIsUnprocessableAndNamesTheFirstOrder() throws Exception {
		String customer = "idem-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String orderId = id(post("/api/orders", order(customer, "MUG-LOGO", 2), key));

		HttpResponse<String> response = post("/api/orders", order(customer, "MUG-LOGO", 3), key);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/idempotency-key-reused");
		assertThat(problem.path("orderId").asString()).isEqualTo(orderId);
		assertThat(ordersOf(customer)).isEqualTo(1);
	}

	@Test
	void concurrentRequestsWithOneIdempotencyKeyCreateOneOrder() throws Exception {
		String customer = "idem-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String body = order(customer, "CAP-NAVY", 1);

		List<CompletableFuture<HttpResponse<String>>> requests = IntStream.range(0, 8)
			.mapToObj((i) -> http.sendAsync(request("/api/orders", body, key), HttpResponse.BodyHandlers.ofString()))
			.toList();
		List<HttpResponse<String>> responses = requests.stream().map(CompletableFuture::join).toList();

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
		assertThat(responses).filteredOn((r) -> r.statusCode() == 201).hasSize(1);
		assertThat(responses.stream().map(this::id).collect(Collectors.toSet())).hasSize(1);
		assertThat(ordersOf(customer)).isEqualTo(1);
	}

	@Test
	void placementWithoutIdempotencyKeyStillWorksAndCarriesTheDefaultChannel() throws Exception {
		HttpResponse<String> response = post("/api/orders", order("customer-" + UUID.randomUUID(), "MUG-LOGO", 1),
				null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(json.readTree(response.body()).path("channel").asString()).isEqualTo("api");
	}

	// Validation

	@Test
	void malformedJsonIsABadRequestNotAServerError() throws Exception {
		HttpResponse<String> response = post("/api/orders", "{\"customerId\": \"c\", \"lines\": [", null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("body");
	}

	@Test
	void everyInvalidFieldIsNamedAtOnce() throws Exception {
		String body = """
				{"customerId":" ","lines":[{"sku":"MUG-LOGO","quantity":0},{"sku":"","quantity":-1},null,{"sku":"NOPE","quantity":1}],
				 "shippingAddress":{"name":"Ada","line1":"","city":"Berlin","country":"de"},
				 "paymentMethod":"pm_card_visa","channel":"Web Shop"}
				""";

		HttpResponse<String> response = post("/api/orders", body, null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(fields(response)).containsExactlyInAnyOrder("channel", "customerId", "lines[0].quantity",
				"lines[1].quantity", "lines[1].sku", "lines[2]", "lines[3].sku", "shippingAddress.country",
				"shippingAddress.line1", "shippingAddress.postalCode");
	}

	@Test
	void moreThanAHundredLinesIsABadRequestNamingTheLines() throws Exception {
		String lines = IntStream.range(0, 101)
			.mapToObj((i) -> "{\"sku\":\"MUG-LOGO\",\"quantity\":1}")
			.collect(Collectors.joining(","));
		String body = order("customer-1", "MUG-LOGO", 1).replaceFirst("\\[.*?\\]", "[" + lines + "]");

		HttpResponse<String> response = post("/api/orders", body, null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("lines");
	}

	@Test
	void unknownSkuIsUnprocessableNamingTheLine() throws Exception {
		HttpResponse<String> response = post("/api/orders", order("customer-1", "NO-SUCH-SKU", 1), null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(fields(response)).containsExactly("lines[0].sku");
	}

	@Test
	void oversizedBodyIsRefusedWith413() throws Exception {
		String body = order("x".repeat(70_000), "MUG-LOGO", 1);

		HttpResponse<String> declared = post("/api/orders", body, null);
		HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(url("/api/orders")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());

		for (HttpResponse<String> response : List.of(declared, chunked)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
			assertThat(json.readTree(response.body()).path("type").asString())
				.isEqualTo("https://openoms.io/problems/request-too-large");
		}
	}

	// Upstream entry

	@Test
	void upstreamOrderIsPlacedOnceUnderItsDerivedIdAndAcceptedEachTime() throws Exception {
		String reference = "WS-" + UUID.randomUUID();
		OrderPlaced placed = upstreamOrder("webshop-de", reference, "MUG-LOGO", 2);
		UUID orderId = UpstreamOrder.orderIdOf("webshop-de", reference);

		publishUpstream(placed);
		publishUpstream(placed);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> eventsOf(Topics.UPSTREAM_ORDER_RESULTS, orderId.toString()).size() == 2);
		assertThat(eventsOf(Topics.UPSTREAM_ORDER_RESULTS, orderId.toString())).allSatisfy((accepted) -> {
			assertThat(accepted.path("type").asString()).isEqualTo("OrderAccepted");
			assertThat(accepted.path("payload").path("omsOrderId").asString()).isEqualTo(orderId.toString());
			assertThat(accepted.path("payload").path("reference").asString()).isEqualTo(reference);
			assertThat(accepted.path("payload").path("total").path("amountMinor").asLong()).isEqualTo(1998);
		});
		JsonNode order = json.readTree(get("/api/orders/" + orderId).body());
		assertThat(order.path("channel").asString()).isEqualTo("webshop-de");
		assertThat(order.path("externalReference").asString()).isEqualTo(reference);
		assertThat(order.path("priority").asString()).isEqualTo("EXPRESS");
		assertThat(this.jdbc.sql("select count(*) from customer_order where external_reference = ?")
			.param(reference)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(eventsOf(Topics.ORDER_EVENTS, orderId.toString())).extracting((e) -> e.path("type").asString())
			.containsExactly("OrderCreated");
	}

	@Test
	void invalidUpstreamOrderIsDeadLetteredAndRejectedNamingEveryField() throws Exception {
		String reference = "WS-" + UUID.randomUUID();
		OrderPlaced placed = new OrderPlaced("webshop-de", reference, "customer-1",
				List.of(new OrderPlaced.OrderedLine("MUG-LOGO", 0), new OrderPlaced.OrderedLine("NO-SUCH-SKU", 1)),
				new ShippingAddress("Ada", "Main St 1", null, null, "Berlin", "DE"), "pm_card_visa", null);
		UUID orderId = placed.orderId();

		publishUpstream(placed);

		ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(15))
			.until(() -> topics().records(Topics.deadLetterTopicOf(Topics.UPSTREAM_ORDERS))
				.stream()
				.filter((r) -> orderId.toString().equals(r.key()))
				.findFirst()
				.orElse(null), (r) -> r != null);
		assertThat(header(dead, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER))
			.contains("rejected: lines[0].quantity", "shippingAddress.postalCode");
		JsonNode rejected = await().atMost(Duration.ofSeconds(10))
			.until(() -> eventsOf(Topics.UPSTREAM_ORDER_RESULTS, orderId.toString()), (events) -> !events.isEmpty())
			.get(0);
		assertThat(rejected.path("type").asString()).isEqualTo("OrderRejected");
		assertThat(rejected.path("payload").path("reference").asString()).isEqualTo(reference);
		assertThat(rejected.path("payload").path("reasons").valueStream().map((r) -> r.path("field").asString()))
			.containsExactly("lines[0].quantity", "lines[1].sku", "shippingAddress.postalCode");
		assertThat(get("/api/orders/" + orderId).statusCode()).isEqualTo(404);
	}

	@Test
	void upstreamOrderForAnUnknownSkuIsRejectedNamingTheLine() throws Exception {
		OrderPlaced placed = upstreamOrder("marketplace-x", "MP-" + UUID.randomUUID(), "NO-SUCH-SKU", 1);

		publishUpstream(placed);

		JsonNode rejected = await().atMost(Duration.ofSeconds(15))
			.until(() -> eventsOf(Topics.UPSTREAM_ORDER_RESULTS, placed.orderId().toString()),
					(events) -> !events.isEmpty())
			.get(0);
		assertThat(rejected.path("type").asString()).isEqualTo("OrderRejected");
		assertThat(rejected.path("payload").path("reasons").get(0).path("field").asString()).isEqualTo("lines[0].sku");
		assertThat(rejected.path("payload").path("reasons").get(0).path("message").asString()).contains("NO-SUCH-SKU");
	}

	// Hold and release

	@Test
	void heldOrderIsPaidButNotPassedOnUntilReleased() throws Exception {
		String orderId = id(post("/api/orders", order("hold-" + UUID.randomUUID(), "MUG-LOGO", 1), null));
		HttpResponse<String> held = post("/api/orders/" + orderId + "/hold", "{\"reason\":\"fraud check\"}", null);
		assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
		assertThat(json.readTree(held.body()).path("hold").path("reason").asString()).isEqualTo("fraud check");

		UUID paymentId = UUID.randomUUID();
		publish(Topics.PAYMENT_EVENTS,
				envelope(new PaymentSucceeded(UUID.fromString(orderId), paymentId, new Money(999, "EUR"), "pi_1")));

		// The status is true at once: the feed says PAID, inventory hears nothing yet.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> eventsOf(Topics.ORDER_STATUS, orderId).stream()
				.anyMatch((e) -> e.path("payload").path("status").asString().equals("PAID")));
		JsonNode order = json.readTree(get("/api/orders/" + orderId).body());
		assertThat(order.path("status").asString()).isEqualTo("PAID");
		assertThat(order.path("hold").path("withheld").asString()).isEqualTo("PAID");
		assertThat(typesOn(Topics.ORDER_EVENTS, orderId)).containsExactly("OrderCreated");

		HttpResponse<String> released = post("/api/orders/" + orderId + "/release", "{\"reason\":\"checked\"}", null);
		assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
		assertThat(json.readTree(released.body()).path("hold").isNull()).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(typesOn(Topics.ORDER_EVENTS, orderId)).containsExactly("OrderCreated",
					"OrderPaid"));
		assertThat(eventsOf(Topics.ORDER_EVENTS, orderId).get(1).path("payload").path("paymentId").asString())
			.isEqualTo(paymentId.toString());
		assertThat(eventsOf(Topics.ORDER_STATUS, orderId)).hasSize(2);
	}

	@Test
	void orderHeldWhilePaidKeepsItsAllocationFromShippingUntilReleased() throws Exception {
		String orderId = id(post("/api/orders", order("hold-" + UUID.randomUUID(), "MUG-LOGO", 1), null));
		UUID order = UUID.fromString(orderId);
		publish(Topics.PAYMENT_EVENTS,
				envelope(new PaymentSucceeded(order, UUID.randomUUID(), new Money(999, "EUR"), "pi_1")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(typesOn(Topics.ORDER_EVENTS, orderId)).contains("OrderPaid"));
		assertThat(post("/api/orders/" + orderId + "/hold", "{\"reason\":\"address check\"}", null).statusCode())
			.isEqualTo(200);

		publish(Topics.INVENTORY_EVENTS, envelope(new StockAllocated(order, UUID.randomUUID(), "WH-BERLIN",
				List.of(new AllocatedLine("MUG-LOGO", 1, "WH-BERLIN")))));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> json.readTree(get("/api/orders/" + orderId).body()).path("status").asString(),
					"ALLOCATED"::equals);
		assertThat(typesOn(Topics.ORDER_EVENTS, orderId)).containsExactly("OrderCreated", "OrderPaid");
		HttpResponse<String> again = post("/api/orders/" + orderId + "/hold", "{\"reason\":\"again\"}", null);
		assertThat(again.statusCode()).as("holding a held order changes nothing").isEqualTo(200);

		assertThat(post("/api/orders/" + orderId + "/release", "", null).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(typesOn(Topics.ORDER_EVENTS, orderId)).containsExactly("OrderCreated",
					"OrderPaid", "OrderAllocated"));
		JsonNode allocated = eventsOf(Topics.ORDER_EVENTS, orderId).get(2).path("payload");
		assertThat(allocated.path("warehouse").asString()).isEqualTo("WH-BERLIN");
		assertThat(allocated.path("allocatedLines").get(0).path("sku").asString()).isEqualTo("MUG-LOGO");
		HttpResponse<String> tooLate = post("/api/orders/" + orderId + "/hold", "{\"reason\":\"late\"}", null);
		assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(409);
		assertThat(json.readTree(tooLate.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/order-cannot-be-held");
	}

	@Test
	void cancellingAHeldOrderEndsTheHold() throws Exception {
		String orderId = id(post("/api/orders", order("hold-" + UUID.randomUUID(), "MUG-LOGO", 1), null));
		post("/api/orders/" + orderId + "/hold", "{\"reason\":\"customer called\"}", null);

		HttpResponse<String> cancelled = post("/api/orders/" + orderId + "/cancel", "{\"reason\":\"changed mind\"}",
				null);

		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		JsonNode order = json.readTree(cancelled.body());
		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("hold").isNull()).isTrue();
	}

	// Listing

	@Test
	void listingPagesThroughEveryMatchingOrderNewestFirstWithAnOpaqueCursor() throws Exception {
		String channel = "paging-" + UUID.randomUUID().toString().substring(0, 8);
		Instant before = Instant.now();
		List<String> placed = placeInChannel("pager", channel, 5);

		List<JsonNode> pages = pages(
				"/api/orders?limit=2&customerId=pager&status=CREATED&channel=" + channel + "&placedFrom=" + before);
		List<JsonNode> seen = items(pages);

		assertThat(pages).extracting((page) -> page.path("items").size()).containsExactly(2, 2, 1);
		assertThat(seen).extracting((o) -> o.path("id").asString()).containsExactlyInAnyOrderElementsOf(placed);
		List<Instant> times = seen.stream().map((o) -> Instant.parse(o.path("createdAt").asString())).toList();
		assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(json.readTree(get("/api/orders?channel=" + channel + "&placedTo=" + before).body()).path("items"))
			.isEmpty();
	}

	@Test
	void heldFilterCombinesWithTheOtherFiltersAndPagesWithTheCursor() throws Exception {
		String channel = "held-" + UUID.randomUUID().toString().substring(0, 8);
		Instant before = Instant.now();
		List<String> placed = placeInChannel("held-lister", channel, 5);
		Set<String> held = new HashSet<>(placed.subList(0, 3));
		for (String orderId : held) {
			post("/api/orders/" + orderId + "/hold", "{\"reason\":\"address check\"}", null);
		}
		String filters = "&customerId=held-lister&status=CREATED&channel=" + channel + "&placedFrom=" + before;

		List<JsonNode> heldPages = pages("/api/orders?limit=2&held=true" + filters);
		List<JsonNode> notHeldPages = pages("/api/orders?limit=2&held=false" + filters);

		assertThat(heldPages).extracting((page) -> page.path("items").size()).containsExactly(2, 1);
		assertThat(items(heldPages)).extracting((o) -> o.path("id").asString())
			.containsExactlyInAnyOrderElementsOf(held);
		assertThat(items(heldPages))
			.allSatisfy((o) -> assertThat(o.path("hold").path("reason").asString()).isEqualTo("address check"));
		assertThat(items(notHeldPages)).extracting((o) -> o.path("id").asString())
			.containsExactlyInAnyOrderElementsOf(placed.subList(3, 5));
		assertThat(items(notHeldPages)).allSatisfy((o) -> assertThat(o.path("hold").isNull()).isTrue());
		assertThat(get("/api/orders?held=maybe").statusCode()).isEqualTo(400);
	}

	private List<String> placeInChannel(String customerId, String channel, int count) throws Exception {
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			placed.add(id(post("/api/orders", order(customerId, "MUG-LOGO", 1).replace("\"paymentMethod\"",
					"\"channel\":\"" + channel + "\",\"paymentMethod\""), null)));
		}
		return placed;
	}

	private List<JsonNode> pages(String firstPage) throws Exception {
		List<JsonNode> pages = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = json.readTree(get(firstPage + ((cursor != null) ? "&cursor=" + cursor : "")).body());
			pages.add(page);
			cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
		}
		while (cursor != null);
		return pages;
	}

	private static List<JsonNode> items(List<JsonNode> pages) {
		List<JsonNode> items = new ArrayList<>();
		pages.forEach((page) -> page.path("items").forEach(items::add));
		return items;
	}

	@Test
	void cursorThatWasNotGivenOutAndLimitAboveAHundredAreBadRequests() throws Exception {
		HttpResponse<String> cursor = get("/api/orders?cursor=bm9wZQ");
		HttpResponse<String> limit = get("/api/orders?limit=101");

		assertThat(cursor.statusCode()).isEqualTo(400);
		assertThat(fields(cursor)).containsExactly("cursor");
		assertThat(limit.statusCode()).isEqualTo(400);
	}

	private static String order(String customerId, String sku, int quantity) {
		return """
				{"customerId":"%s","lines":[{"sku":"%s","quantity":%d}],"shippingAddress":%s,"paymentMethod":"pm_card_visa"}
				"""
			.formatted(customerId, sku, quantity, ADDRESS);
	}

	private static OrderPlaced upstreamOrder(String channel, String reference, String sku, int quantity) {
		return new OrderPlaced(channel, reference, "customer-up", List.of(new OrderPlaced.OrderedLine(sku, quantity)),
				new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"), "pm_card_visa",
				OrderPriority.EXPRESS);
	}

	private void publishUpstream(OrderPlaced placed) {
		UUID id = UUID.randomUUID();
		publish(Topics.UPSTREAM_ORDERS, new EventEnvelope<>(id, "OrderPlaced", 1, placed.orderId(), Instant.now(), id,
				id, "webshop-de", placed));
	}

	private int ordersOf(String customerId) {
		return this.jdbc.sql("select count(*) from customer_order where customer_id = ?")
			.param(customerId)
			.query(Integer.class)
			.single();
	}

	private String id(HttpResponse<String> response) {
		return json.readTree(response.body()).path("id").asString();
	}

	private List<String> typesOn(String topic, String orderId) {
		return eventsOf(topic, orderId).stream().map((e) -> e.path("type").asString()).toList();
	}

	private List<JsonNode> eventsOf(String topic, String orderId) {
		return topics().records(topic)
			.stream()
			.filter((record) -> orderId.equals(record.key()))
			.map((record) -> json.readTree(record.value()))
			.toList();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
		return http.send(request(path, body, idempotencyKey), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String body, String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return request.build();
	}

}

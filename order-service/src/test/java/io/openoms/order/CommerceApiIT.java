package io.openoms.order;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Topics;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The catalog, pricing rules, customers and reports of order-service (issue 7, ADR 0014)
 * against a real broker and database. Each test uses its own SKUs, categories, coupons
 * and customers, so the tests share the database without seeing each other.
 */
@OrderServiceUnderTest(database = "orders_commerce", recordedTopics = Topics.ORDER_EVENTS)
class CommerceApiIT extends OrderServiceITSupport {

	@Test
	void operatorManagesProductsAndOrdersNameOnlyActiveOnes() throws Exception {
		String sku = "LAMP-" + unique();
		String product = """
				{"sku":"%s","name":"Desk lamp","description":"Brass, 40 cm","category":"lighting","listPriceMinor":5000,
				 "currency":"EUR","weightGrams":1200}
				""".formatted(sku);

		HttpResponse<String> created = post("/api/catalog/products", product);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith(sku));
		assertThat(post("/api/catalog/products", product).statusCode()).isEqualTo(409);

		HttpResponse<String> updated = send("PUT", "/api/catalog/products/" + sku,
				"""
						{"name":"Desk lamp, brass","category":"lighting","listPriceMinor":5500,"currency":"EUR","weightGrams":1250}
						""");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		JsonNode read = json.readTree(get("/api/catalog/products/" + sku).body());
		assertThat(read.path("name").asString()).isEqualTo("Desk lamp, brass");
		assertThat(read.path("listPrice").path("amountMinor").asLong()).isEqualTo(5500);
		assertThat(read.path("weightGrams").asInt()).isEqualTo(1250);
		assertThat(read.path("description").isNull()).as("PUT replaces the details").isTrue();
		assertThat(json.readTree(get("/api/catalog/products?category=lighting").body())
			.valueStream()
			.map((p) -> p.path("sku").asString())).contains(sku);

		JsonNode order = json.readTree(placeOrder("customer-" + unique(), sku, 1, null).body());
		assertThat(order.path("total").path("amountMinor").asLong()).isEqualTo(5500);
		assertThat(order.path("lines").get(0).path("unitPrice").path("amountMinor").asLong()).isEqualTo(5500);

		assertThat(post("/api/catalog/products/" + sku + "/deactivate", "").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = placeOrder("customer-" + unique(), sku, 1, null);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(json.readTree(refused.body()).path("errors").get(0).path("field").asString())
			.isEqualTo("lines[0].sku");
		assertThat(json.readTree(get("/api/catalog/products?category=lighting&activeOnly=true").body())
			.valueStream()
			.map((p) -> p.path("sku").asString())).doesNotContain(sku);
	}

	@Test
	void invalidProductNamesEveryInvalidField() throws Exception {
		HttpResponse<String> response = post("/api/catalog/products", """
				{"sku":"BAD SKU","name":"","listPriceMinor":-1,"currency":"euro","weightGrams":0}
				""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("sku", "name", "listPriceMinor", "currency",
				"weightGrams");
		assertThat(get("/api/catalog/products/NO-SUCH-" + unique()).statusCode()).isEqualTo(404);
	}

	@Test
	void invalidPricingRuleNamesEveryFieldThatDoesNotFit() throws Exception {
		HttpResponse<String> response = post("/api/pricing/rules", """
				{"name":"broken","kind":"PERCENTAGE","amountMinor":100,"scope":"SKU",
				 "validFrom":"2026-02-01T00:00:00Z","validUntil":"2026-01-01T00:00:00Z"}
				""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(fields(response)).containsExactlyInAnyOrder("percent", "amountMinor", "currency", "target",
				"validUntil");
		assertThat(fields(post("/api/pricing/rules",
				"{\"name\":\"x\",\"kind\":\"PERCENTAGE\",\"percent\":150," + "\"scope\":\"GALAXY\"}")))
			.contains("scope");
	}

	@Test
	void orderWithACouponAndADiscountedSkuKeepsItsBreakdownAndIsChargedItsTotal() throws Exception {
		String sku = "LAMP-" + unique();
		String coupon = "WELCOME-" + unique();
		assertThat(post("/api/catalog/products", """
				{"sku":"%s","name":"Desk lamp","category":"lighting","listPriceMinor":5000,"currency":"EUR"}
				""".formatted(sku)).statusCode()).isEqualTo(201);
		String lampSale = json.readTree(post("/api/pricing/rules", """
				{"name":"Lamp sale","kind":"PERCENTAGE","percent":20,"scope":"SKU","target":"%s"}
				""".formatted(sku)).body()).path("id").asString();
		HttpResponse<String> welcome = post("/api/pricing/rules", """
				{"name":"Welcome","kind":"FIXED_AMOUNT","amountMinor":500,"currency":"EUR","scope":"ORDER",
				 "couponCode":"%s","minOrderValueMinor":5000}
				""".formatted(coupon));
		assertThat(welcome.statusCode()).as(welcome.body()).isEqualTo(201);
		String welcomeId = json.readTree(welcome.body()).path("id").asString();

		HttpResponse<String> response = post("/api/orders",
				"""
						{"customerId":"customer-%s","couponCode":"%s",
						 "lines":[{"sku":"%s","quantity":2},{"sku":"MUG-LOGO","quantity":1}],
						 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
						 "paymentMethod":"pm_card_visa"}
						"""
					.formatted(unique(), coupon.toLowerCase(), sku));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String orderId = json.readTree(response.body()).path("id").asString();
		JsonNode pricing = json.readTree(get("/api/orders/" + orderId).body()).path("pricing");
		// lamp: 2 x 50.00 - 20 % = 80.00; mug 9.99; the coupon's 5.00 spread 4.44 / 0.56
		JsonNode lamp = pricing.path("lines").get(0);
		assertThat(lamp.path("listPrice").path("amountMinor").asLong()).isEqualTo(5000);
		assertThat(lamp.path("discounts").get(0).path("ruleId").asString()).isEqualTo(lampSale);
		assertThat(lamp.path("discounts").get(0).path("amount").path("amountMinor").asLong()).isEqualTo(2000);
		assertThat(lamp.path("orderDiscountShare").path("amountMinor").asLong()).isEqualTo(444);
		assertThat(lamp.path("total").path("amountMinor").asLong()).isEqualTo(7556);
		assertThat(lamp.path("tax").path("amountMinor").asLong()).as("75.56 * 19 / 119 = 12.064").isEqualTo(1206);
		assertThat(lamp.path("net").path("amountMinor").asLong()).isEqualTo(6350);
		JsonNode mug = pricing.path("lines").get(1);
		assertThat(mug.path("discounts")).isEmpty();
		assertThat(mug.path("total").path("amountMinor").asLong()).isEqualTo(943);
		assertThat(mug.path("tax").path("amountMinor").asLong()).as("9.43 * 19 / 119 = 1.5057").isEqualTo(151);
		assertThat(pricing.path("orderDiscounts").get(0).path("ruleId").asString()).isEqualTo(welcomeId);
		assertThat(pricing.path("couponCode").asString()).isEqualTo(coupon);
		assertThat(pricing.path("taxRateBasisPoints").asInt()).isEqualTo(1900);
		assertThat(pricing.path("subtotal").path("amountMinor").asLong()).isEqualTo(10999);
		assertThat(pricing.path("discounts").path("amountMinor").asLong()).isEqualTo(2500);
		assertThat(pricing.path("tax").path("amountMinor").asLong()).isEqualTo(1357);
		assertThat(pricing.path("total").path("amountMinor").asLong()).isEqualTo(8499);
		assertThat(json.readTree(response.body()).path("total").path("amountMinor").asLong()).isEqualTo(8499);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(orderCreated(orderId)).isNotNull());
		assertThat(orderCreated(orderId).path("payload").path("total").path("amountMinor").asLong())
			.as("OrderCreated charges the breakdown's total")
			.isEqualTo(8499);

		assertThat(post("/api/pricing/rules/" + welcomeId + "/deactivate", "").statusCode()).isEqualTo(200);
		HttpResponse<String> afterDeactivation = post("/api/orders",
				"""
						{"customerId":"customer-%s","couponCode":"%s","lines":[{"sku":"%s","quantity":2}],
						 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
						 "paymentMethod":"pm_card_visa"}
						"""
					.formatted(unique(), coupon, sku));
		assertThat(afterDeactivation.statusCode()).isEqualTo(422);
		assertThat(fields(afterDeactivation)).containsExactly("couponCode");
		assertThat(json.readTree(get("/api/pricing/rules?activeOnly=true").body())
			.valueStream()
			.map((r) -> r.path("id").asString())).contains(lampSale).doesNotContain(welcomeId);
	}

	@Test
	void customerIsRecordedWhenTheyOrderWithTheirAddressesHistoryAndTotals() throws Exception {
		String customer = "customer-" + unique();
		placeOrder(customer, "MUG-LOGO", 2, "ada@example.com");
		HttpResponse<String> second = post("/api/orders",
				"""
						{"customerId":"%s","lines":[{"sku":"CAP-NAVY","quantity":1}],
						 "shippingAddress":{"name":"Ada King","line1":"Office Rd 9","postalCode":"75001","city":"Paris","country":"FR"},
						 "paymentMethod":"pm_card_visa"}
						"""
					.formatted(customer));
		assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

		JsonNode profile = json.readTree(get("/api/customers/" + customer).body());
		assertThat(profile.path("name").asString()).as("the latest order's name").isEqualTo("Ada King");
		assertThat(profile.path("email").asString()).as("kept when not given again").isEqualTo("ada@example.com");
		assertThat(profile.path("addresses").valueStream().map((a) -> a.path("address").path("city").asString()))
			.containsExactly("Paris", "Berlin");
		JsonNode totals = profile.path("totals").get(0);
		assertThat(totals.path("currency").asString()).isEqualTo("EUR");
		assertThat(totals.path("orders").asLong()).isEqualTo(2);
		assertThat(totals.path("completedOrders").asLong()).isZero();
		assertThat(totals.path("spent").path("amountMinor").asLong()).isZero();
		assertThat(totals.path("open").path("amountMinor").asLong()).isEqualTo(1998 + 1499);

		JsonNode orders = json.readTree(get("/api/customers/" + customer + "/orders").body());
		assertThat(orders.valueStream().map((o) -> o.path("total").path("amountMinor").asLong())).as("newest first")
			.containsExactly(1499L, 1998L);
		assertThat(orders.get(0).path("channel").asString()).isEqualTo("api");
		assertThat(get("/api/customers/nobody-" + unique()).statusCode()).isEqualTo(404);
	}

	@Test
	void reportsCountOrdersRevenueProductsStagesAndCancellationsOfThePeriod() throws Exception {
		Instant day1 = Instant.parse("2020-03-01T10:00:00Z");
		Instant day2 = Instant.parse("2020-03-02T09:00:00Z");
		insertOrder(day1, "api", "COMPLETED", 1000, "RPT-A", 2, "PAID:60", "ALLOCATED:300", "SHIPPED:3600",
				"COMPLETED:86400");
		insertOrder(day1.plusSeconds(7200), "shop", "CANCELLED", 500, "RPT-B", 1, "PAID:120",
				"CANCELLED:600:stock allocation failed: out of stock");
		insertOrder(day2, "api", "PAID", 700, "RPT-A", 1, "PAID:180");
		insertOrder(day2.plusSeconds(1800), "api", "CANCELLED", 300, "RPT-B", 1,
				"CANCELLED:30:payment failed: card declined");
		insertOrder(day2.plusSeconds(3600), "api", "CANCELLED", 300, "RPT-C", 5,
				"CANCELLED:40:payment failed: card declined");
		insertOrder(Instant.parse("2020-02-28T10:00:00Z"), "api", "COMPLETED", 9999, "RPT-A", 9, "PAID:1",
				"ALLOCATED:2", "SHIPPED:3", "COMPLETED:4");
		String period = "?from=2020-03-01&to=2020-03-03";

		JsonNode sales = rows("/api/reports/sales" + period);
		assertThat(sales.valueStream()
			.map((r) -> r.path("day").asString() + " " + r.path("channel").asString() + " " + r.path("orders").asLong()
					+ " " + r.path("cancelledOrders").asLong() + " " + r.path("revenueMinor").asLong()))
			.containsExactly("2020-03-01 api 1 0 1000", "2020-03-01 shop 1 1 0", "2020-03-02 api 3 2 700");

		JsonNode top = rows("/api/reports/top-products" + period);
		assertThat(top).hasSize(1);
		assertThat(top.get(0).path("sku").asString()).isEqualTo("RPT-A");
		assertThat(top.get(0).path("units").asLong()).isEqualTo(3);
		assertThat(top.get(0).path("revenueMinor").asLong()).isEqualTo(1700);

		JsonNode funnel = rows("/api/reports/status-funnel" + period);
		assertThat(funnel.valueStream()
			.map((r) -> r.path("status").asString() + " " + r.path("current").asLong() + "/"
					+ r.path("reached").asLong()))
			.contains("CREATED 0/5", "PAID 1/3", "BACKORDERED 0/0", "ALLOCATED 0/1", "SHIPPED 0/1", "COMPLETED 1/1",
					"CANCELLED 3/3");

		JsonNode stages = rows("/api/reports/stage-times" + period);
		JsonNode paid = stage(stages, "PAID");
		assertThat(paid.path("orders").asLong()).isEqualTo(3);
		assertThat(paid.path("averageSeconds").asDouble()).isCloseTo(120, within(0.01));
		assertThat(paid.path("p95Seconds").asDouble()).as("interpolated between 120 and 180")
			.isCloseTo(174, within(0.01));
		assertThat(stage(stages, "CANCELLED").path("averageSeconds").asDouble()).isCloseTo(223.33, within(0.01));
		assertThat(stage(stages, "COMPLETED").path("averageSeconds").asDouble()).isCloseTo(86400, within(0.01));

		JsonNode reasons = rows("/api/reports/cancellation-reasons" + period);
		assertThat(reasons.valueStream().map((r) -> r.path("reason").asString() + " x" + r.path("count").asLong()))
			.containsExactly("payment failed: card declined x2", "stock allocation failed: out of stock x1");

		HttpResponse<String> backwards = get("/api/reports/sales?from=2020-03-03&to=2020-03-01");
		assertThat(backwards.statusCode()).isEqualTo(422);
		assertThat(fields(backwards)).containsExactly("to");
	}

	private static JsonNode stage(JsonNode stages, String status) {
		return stages.valueStream().filter((s) -> s.path("status").asString().equals(status)).findFirst().orElseThrow();
	}

	/**
	 * An order placed at {@code createdAt} of one line, with its history: each entry
	 * "STATUS:secondsAfterPlacement[:reason]".
	 */
	private void insertOrder(Instant createdAt, String channel, String status, long total, String sku, int quantity,
			String... history) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into customer_order (id, customer_id, status, revision, total_minor, currency, payment_method,
				    ship_name, ship_line1, ship_postal_code, ship_city, ship_country, created_at, updated_at, channel)
				values (?, 'report-customer', ?, ?, ?, 'EUR', 'pm_card_visa', 'R', 'L', '1', 'C', 'DE', ?, ?, ?)
				""")
			.params(id, status, history.length + 1, total, Timestamp.from(createdAt), Timestamp.from(createdAt),
					channel)
			.update();
		this.jdbc.sql("""
				insert into order_line (order_id, line_no, sku, quantity, unit_price_minor, total_minor)
				values (?, 1, ?, ?, ?, ?)
				""").params(id, sku, quantity, total / quantity, total).update();
		String from = null;
		String to = "CREATED";
		List<String> entries = new java.util.ArrayList<>(List.of("CREATED:0:order placed"));
		entries.addAll(List.of(history));
		for (int i = 0; i < entries.size(); i++) {
			String[] parts = entries.get(i).split(":", 3);
			to = parts[0];
			this.jdbc.sql("""
					insert into order_status_change (order_id, revision, from_status, to_status, reason, changed_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(id, i + 1, from, to, (parts.length > 2) ? parts[2] : null,
						Timestamp.from(createdAt.plusSeconds(Long.parseLong(parts[1]))))
				.update();
			// as JdbcOrders writes the reports' read model with each history entry
			this.jdbc.sql("""
					insert into order_stage (order_id, status, placed_at, seconds) values (?, ?, ?, ?)
					on conflict do nothing
					""").params(id, to, Timestamp.from(createdAt), Double.parseDouble(parts[1])).update();
			from = to;
		}
	}

	private JsonNode orderCreated(String orderId) {
		return topics().records()
			.stream()
			.map((record) -> json.readTree(record.value()))
			.filter((event) -> event.path("orderId").asString().equals(orderId))
			.filter((event) -> event.path("type").asString().equals("OrderCreated"))
			.findFirst()
			.orElse(null);
	}

	private JsonNode rows(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("rows");
	}

	private HttpResponse<String> placeOrder(String customerId, String sku, int quantity, String email)
			throws Exception {
		return post("/api/orders",
				"""
						{"customerId":"%s","lines":[{"sku":"%s","quantity":%d}],%s
						 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
						 "paymentMethod":"pm_card_visa"}
						"""
					.formatted(customerId, sku, quantity,
							(email != null) ? "\"customerEmail\":\"" + email + "\"," : ""));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}

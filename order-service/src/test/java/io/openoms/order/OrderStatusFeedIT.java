package io.openoms.order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.payment.PaymentRefunded;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.contracts.shipping.ShipmentDelivered;
import io.openoms.contracts.shipping.ShipmentDispatched;
import io.openoms.testsupport.EventSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public status feed as an ERP reads it (ADR 0015): every transition of an order,
 * driven by the other services' events on the real broker, is one record on
 * {@code oms.order.status} keyed by the order id, whose value validates against
 * {@code docs/schemas/OrderStatusChanged.v2.schema.json} and carries the order's
 * snapshot.
 */
@OrderServiceUnderTest(database = "statusfeed", recordedTopics = Topics.ORDER_STATUS)
class OrderStatusFeedIT extends OrderServiceITSupport {

	private static final String ORDER = """
			{"customerId":"erp-customer","lines":[{"sku":"MUG-LOGO","quantity":2},{"sku":"TSHIRT-BLACK-M","quantity":1}],
			 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
			 "paymentMethod":"pm_card_visa","channel":"webshop-de"}
			""";

	@Test
	void everyTransitionIsOneSchemaValidSnapshotKeyedByTheOrderId() throws Exception {
		UUID delivered = UUID.fromString(placeOrder());
		JsonNode placed = getOrder(delivered);
		long total = placed.path("total").path("amountMinor").asLong();
		UUID paymentId = UUID.randomUUID();
		UUID shipmentId = UUID.randomUUID();
		publish(Topics.PAYMENT_EVENTS, new PaymentSucceeded(delivered, paymentId, new Money(total, "EUR"), "pi_sim"));
		awaitStatus(delivered, "PAID");
		publish(Topics.INVENTORY_EVENTS, new StockAllocated(delivered, UUID.randomUUID(), "WH-BERLIN",
				List.of(new AllocatedLine("MUG-LOGO", 2), new AllocatedLine("TSHIRT-BLACK-M", 1, "WH-HAMBURG"))));
		awaitStatus(delivered, "ALLOCATED");
		publish(Topics.SHIPPING_EVENTS, new ShipmentDispatched(delivered, shipmentId, "SIMPOST", "SP000000000017",
				"https://track.example/SP000000000017", "STANDARD"));
		awaitStatus(delivered, "SHIPPED");
		publish(Topics.SHIPPING_EVENTS, new ShipmentDelivered(delivered, shipmentId, Instant.now(), true));

		UUID cancelled = UUID.fromString(placeOrder());
		assertThat(post("/api/orders/" + cancelled + "/hold", "{\"reason\":\"fraud check\"}").statusCode())
			.isEqualTo(200);
		UUID heldPayment = UUID.randomUUID();
		publish(Topics.PAYMENT_EVENTS, new PaymentSucceeded(cancelled, heldPayment, new Money(total, "EUR"), "pi_sim"));
		awaitStatus(cancelled, "PAID");
		assertThat(post("/api/orders/" + cancelled + "/cancel", "{\"reason\":\"fraud confirmed\"}").statusCode())
			.isEqualTo(200);
		publish(Topics.PAYMENT_EVENTS, new PaymentRefunded(cancelled, heldPayment, UUID.randomUUID(),
				new Money(total, "EUR"), "re_sim", "order cancelled", "ORDER_CANCELLED", new Money(total, "EUR")));

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(statusesOf(delivered)).containsExactly("CREATED", "PAID", "ALLOCATED", "SHIPPED", "COMPLETED");
			assertThat(statusesOf(cancelled)).containsExactly("CREATED", "PAID", "CANCELLED");
		});
		List<ConsumerRecord<String, String>> feed = recordsOf(delivered, cancelled);
		assertThat(feed).allSatisfy((record) -> assertThat(EventSchemas.violations(record)).isEmpty());

		JsonNode completed = snapshotOf(feed, delivered, "COMPLETED");
		assertThat(completed.path("channel").asString()).isEqualTo("webshop-de");
		assertThat(completed.path("currency").asString()).isEqualTo("EUR");
		assertThat(completed.path("lines")).hasSize(2);
		assertThat(completed.path("lines").get(0).path("tax").path("amountMinor").asLong()).isPositive();
		assertThat(completed.path("totals").path("total").path("amountMinor").asLong()).isEqualTo(total);
		assertThat(completed.path("payment").path("paymentId").asString()).isEqualTo(paymentId.toString());
		assertThat(completed.path("allocation").path("warehouses").valueStream().map(JsonNode::asString))
			.containsExactly("WH-BERLIN", "WH-HAMBURG");
		assertThat(completed.path("shipment").path("trackingNumber").asString()).isEqualTo("SP000000000017");
		JsonNode paidOnHold = snapshotOf(feed, cancelled, "PAID");
		assertThat(paidOnHold.path("hold").path("reason").asString()).isEqualTo("fraud check");
		JsonNode cancellation = snapshotOf(feed, cancelled, "CANCELLED");
		assertThat(cancellation.path("cancellationReason").asString()).isEqualTo("fraud confirmed");
		assertThat(cancellation.path("hold").isNull()).isTrue();
	}

	@Test
	void theValidatorRejectsARecordThatBreaksTheSchema() throws Exception {
		UUID orderId = UUID.fromString(placeOrder());
		await().atMost(Duration.ofSeconds(10)).until(() -> !recordsOf(orderId).isEmpty());
		ConsumerRecord<String, String> record = recordsOf(orderId).get(0);
		ObjectNode broken = (ObjectNode) json.readTree(record.value());
		ObjectNode snapshot = (ObjectNode) broken.path("payload").path("order");
		snapshot.remove("currency");
		((ObjectNode) snapshot.path("lines").get(0)).put("quantity", "two");

		List<String> violations = EventSchemas.violations("OrderStatusChanged", 2, json.writeValueAsString(broken));

		assertThat(EventSchemas.violations(record)).isEmpty();
		assertThat(violations).anySatisfy((violation) -> assertThat(violation).contains("currency"))
			.anySatisfy((violation) -> assertThat(violation).contains("quantity"));
	}

	private List<ConsumerRecord<String, String>> recordsOf(UUID... orderIds) {
		List<String> keys = java.util.Arrays.stream(orderIds).map(UUID::toString).toList();
		return topics().records(Topics.ORDER_STATUS).stream().filter((record) -> keys.contains(record.key())).toList();
	}

	private List<String> statusesOf(UUID orderId) {
		return recordsOf(orderId).stream()
			.map((record) -> json.readTree(record.value()).path("payload"))
			.sorted(java.util.Comparator.comparingInt((payload) -> payload.path("revision").asInt()))
			.map((payload) -> payload.path("status").asString())
			.toList();
	}

	private static JsonNode snapshotOf(List<ConsumerRecord<String, String>> feed, UUID orderId, String status) {
		return feed.stream()
			.filter((record) -> record.key().equals(orderId.toString()))
			.map((record) -> json.readTree(record.value()).path("payload"))
			.filter((payload) -> payload.path("status").asString().equals(status))
			.findFirst()
			.orElseThrow()
			.path("order");
	}

	private String placeOrder() throws Exception {
		return placeOrder(ORDER);
	}

	private void publish(String topic, EventPayload payload) {
		publish(topic, envelope(payload));
	}

}

package io.openoms.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Topics;
import io.openoms.contracts.inventory.StockAlert;
import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPaid;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.inventory.application.ManageProducts;
import io.openoms.testsupport.MessagingTables;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders that wait for stock, through the broker: backordered, then allocated
 * automatically when stock arrives, in priority order; partly held; expired; cancelled;
 * and the stock alerts on their topic.
 */
class BackorderIT extends InventoryMessagingTestContext {

	private static final Instant PLACED = Instant.parse("2026-11-24T10:00:00Z");

	@Autowired
	ManageProducts manageProducts;

	@Test
	void backorderedOrderIsAllocatedAutomaticallyWhenStockIsReceived() {
		String poster = newSku("POSTER");
		receive(poster, "WH-BERLIN", 5);
		UUID orderId = UUID.randomUUID();

		publish(paid(orderId, poster, 6, OrderPriority.STANDARD, PLACED, BackorderPolicy.WAIT, false));

		JsonNode backordered = await().atMost(PATIENCE)
			.until(() -> eventsOf(orderId), (events) -> !events.isEmpty())
			.get(0);
		assertThat(backordered.path("type").asString()).isEqualTo("StockBackordered");
		assertThat(backordered.path("payload").path("shortSkus")).extracting(JsonNode::asString)
			.containsExactly(poster);
		assertThat(backordered.path("payload").path("expiresAt").asString()).isNotEmpty();
		assertThat(reserved(poster, "WH-BERLIN")).as("a waiting order holds nothing").isZero();

		receive(poster, "WH-BERLIN", 1);

		List<JsonNode> events = await().atMost(PATIENCE).until(() -> eventsOf(orderId), (all) -> all.size() == 2);
		assertThat(events.get(1).path("type").asString()).isEqualTo("StockAllocated");
		assertThat(events.get(1).path("payload").path("allocationId").asString())
			.isEqualTo(backordered.path("payload").path("allocationId").asString());
		assertThat(allocationStatus(orderId)).isEqualTo("ALLOCATED");
		assertThat(reserved(poster, "WH-BERLIN")).isEqualTo(6);
	}

	@Test
	void scarceStockServesExpressFirstThenTheOlderOrderAndANewOrderDoesNotJumpTheQueue() {
		String poster = newSku("POSTER");
		receive(poster, "WH-BERLIN", 1);
		UUID oldStandard = UUID.randomUUID();
		UUID newStandard = UUID.randomUUID();
		UUID express = UUID.randomUUID();
		publish(paid(oldStandard, poster, 2, OrderPriority.STANDARD, PLACED, BackorderPolicy.WAIT, false));
		publish(paid(newStandard, poster, 2, OrderPriority.STANDARD, PLACED.plusSeconds(1), BackorderPolicy.WAIT,
				false));
		publish(paid(express, poster, 2, OrderPriority.EXPRESS, PLACED.plusSeconds(2), BackorderPolicy.WAIT, false));
		await().atMost(PATIENCE)
			.until(() -> Stream.of(oldStandard, newStandard, express)
				.allMatch((orderId) -> "BACKORDERED".equals(allocationStatus(orderId))));

		receive(poster, "WH-BERLIN", 3);

		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(oldStandard)));
		assertThat(allocationStatus(express)).isEqualTo("ALLOCATED");
		assertThat(allocationStatus(newStandard)).isEqualTo("BACKORDERED");
		assertThat(available(poster, "WH-BERLIN")).isZero();

		// One unit comes free: the waiting order needs two, and a newer order for one may
		// not take it.
		receive(poster, "WH-BERLIN", 1);
		UUID newcomer = UUID.randomUUID();
		publish(paid(newcomer, poster, 1, OrderPriority.STANDARD, PLACED.plusSeconds(3), BackorderPolicy.REJECT,
				false));
		await().atMost(PATIENCE).until(() -> allocationStatus(newcomer) != null);
		assertThat(allocationStatus(newcomer)).isEqualTo("REJECTED");
		assertThat(allocationStatus(newStandard)).isEqualTo("BACKORDERED");

		receive(poster, "WH-BERLIN", 1);
		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(newStandard)));
	}

	@Test
	void productDefaultDecidesWhenTheOrderDoesNotChoose() {
		String poster = newSku("POSTER");
		String hoodie = newSku("HOODIE");
		receive(poster, "WH-BERLIN", 1);
		receive(hoodie, "WH-BERLIN", 1);
		this.manageProducts.set(hoodie, true, 0);
		UUID waits = UUID.randomUUID();
		UUID rejected = UUID.randomUUID();

		publish(paid(waits, hoodie, 2, OrderPriority.STANDARD, PLACED, null, false));
		publish(paid(rejected, poster, 2, OrderPriority.STANDARD, PLACED, null, false));

		await().atMost(PATIENCE).until(() -> allocationStatus(waits) != null && allocationStatus(rejected) != null);
		assertThat(allocationStatus(waits)).isEqualTo("BACKORDERED");
		assertThat(allocationStatus(rejected)).isEqualTo("REJECTED");
	}

	@Test
	void partialOrderHoldsWhatIsThereAndCompletesWhenTheRestArrives() {
		String mug = newSku("MUG");
		String poster = newSku("POSTER");
		receive(mug, "WH-MADRID", 5);
		receive(poster, "WH-MADRID", 1);
		UUID orderId = UUID.randomUUID();

		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(),
				List.of(new OrderLine(mug, 2, eur(999)), new OrderLine(poster, 3, eur(2999))), OrderPriority.STANDARD,
				BackorderPolicy.WAIT, true, PLACED)));

		JsonNode backordered = await().atMost(PATIENCE)
			.until(() -> eventsOf(orderId), (events) -> !events.isEmpty())
			.get(0);
		assertThat(backordered.path("type").asString()).isEqualTo("StockBackordered");
		assertThat(backordered.path("payload").path("heldLines"))
			.extracting((line) -> line.path("sku").asString() + "x" + line.path("quantity").asInt())
			.containsExactly(mug + "x2");
		assertThat(reserved(mug, "WH-MADRID")).isEqualTo(2);
		assertThat(reserved(poster, "WH-MADRID")).isZero();

		receive(poster, "WH-MADRID", 2);

		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(orderId)));
		assertThat(reserved(mug, "WH-MADRID")).isEqualTo(2);
		assertThat(reserved(poster, "WH-MADRID")).isEqualTo(3);
		// Published by the relay just after the allocation commits.
		JsonNode allocated = await().atMost(PATIENCE)
			.until(() -> eventsOf(orderId), (events) -> events.size() == 2)
			.get(1);
		assertThat(allocated.path("payload").path("warehouse").asString()).isEqualTo("WH-MADRID");
	}

	@Test
	void backorderWaitingBeyondItsTimeIsRejectedAndReleasesWhatItHeld() {
		String mug = newSku("MUG");
		String poster = newSku("POSTER");
		receive(mug, "WH-BERLIN", 5);
		receive(poster, "WH-MADRID", 1);
		UUID orderId = UUID.randomUUID();
		// No warehouse has both: it holds the mug in Berlin and waits for a poster there.
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(),
				List.of(new OrderLine(mug, 1, eur(999)), new OrderLine(poster, 1, eur(2999))), OrderPriority.STANDARD,
				BackorderPolicy.WAIT, true, PLACED)));
		await().atMost(PATIENCE).until(() -> "BACKORDERED".equals(allocationStatus(orderId)));
		assertThat(reserved(mug, "WH-BERLIN")).isEqualTo(1);

		// Its time runs out (the timeout is oms.inventory.backorder-timeout, 7 days by
		// default): the sweep rejects it.
		this.jdbc.sql("update allocation set expires_at = now() - interval '1 second' where order_id = ?")
			.param(orderId)
			.update();

		await().atMost(PATIENCE).until(() -> "EXPIRED".equals(allocationStatus(orderId)));
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
		JsonNode failed = await().atMost(PATIENCE)
			.until(() -> eventsOf(orderId), (events) -> events.size() == 2)
			.get(1);
		assertThat(failed.path("type").asString()).isEqualTo("StockAllocationFailed");
		assertThat(failed.path("payload").path("reason").asString()).contains("backorder expired", poster);
	}

	@Test
	void cancelledBackorderStopsWaitingAndGivesBackWhatItHeld() {
		String mug = newSku("MUG");
		String poster = newSku("POSTER");
		receive(mug, "WH-BERLIN", 5);
		receive(poster, "WH-BERLIN", 1);
		UUID orderId = UUID.randomUUID();
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(),
				List.of(new OrderLine(mug, 1, eur(999)), new OrderLine(poster, 4, eur(2999))), OrderPriority.STANDARD,
				BackorderPolicy.WAIT, true, PLACED)));
		await().atMost(PATIENCE).until(() -> "BACKORDERED".equals(allocationStatus(orderId)));

		EventEnvelope<OrderCancelled> cancellation = envelope(
				new OrderCancelled(orderId, "BACKORDERED", "customer changed their mind"));
		publish(cancellation);
		await().atMost(PATIENCE).until(() -> MessagingTables.isProcessed(this.jdbc, cancellation.eventId()));

		assertThat(allocationStatus(orderId)).isEqualTo("RELEASED");
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
		receive(poster, "WH-BERLIN", 10);
		assertThat(allocationStatus(orderId)).isEqualTo("RELEASED");
		assertThat(await().atMost(PATIENCE).until(() -> eventsOf(orderId), (events) -> events.size() == 2))
			.extracting((event) -> event.path("type").asString())
			.containsExactly("StockBackordered", "StockReleased");
	}

	@Test
	void runningLowAndRunningOutAreAnnouncedOnceEachOnTheAlertTopic() {
		String cap = newSku("CAP");
		receive(cap, "WH-BERLIN", 5);
		this.manageProducts.set(cap, false, 3);

		// One at a time: alerts are checked once per transaction, and a consumer may
		// apply
		// several orders in one, which would report the level at its end.
		for (int i = 0; i < 5; i++) {
			publish(paid(UUID.randomUUID(), cap, 1, OrderPriority.STANDARD, PLACED, BackorderPolicy.REJECT, false));
			int reserved = i + 1;
			await().atMost(PATIENCE).until(() -> reserved(cap, "WH-BERLIN") == reserved);
		}

		List<JsonNode> alerts = await().atMost(PATIENCE).until(() -> alertsOf(cap), (all) -> all.size() == 2);
		assertThat(alerts).extracting((alert) -> alert.path("type").asString())
			.containsExactly("StockRanLow", "StockRanOut");
		assertThat(alerts.get(0).path("payload").path("available").asInt()).isEqualTo(3);
		assertThat(alerts.get(0).path("payload").path("threshold").asInt()).isEqualTo(3);
		await().atMost(PATIENCE).until(() -> reserved(cap, "WH-BERLIN") == 5);
		assertThat(alertsOf(cap)).hasSize(2);
	}

	private EventEnvelope<OrderPaid> paid(UUID orderId, String sku, int quantity, OrderPriority priority,
			Instant placedAt, BackorderPolicy backorder, boolean partial) {
		return envelope(new OrderPaid(orderId, UUID.randomUUID(), List.of(new OrderLine(sku, quantity, eur(999))),
				priority, backorder, partial, placedAt));
	}

	private List<JsonNode> alertsOf(String sku) {
		return topics().records(Topics.STOCK_ALERTS)
			.stream()
			.filter((record) -> StockAlert.keyOf(sku).toString().equals(record.key()))
			.map((record) -> json.readTree(record.value()))
			.toList();
	}

}

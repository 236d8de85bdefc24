package io.openoms.inventory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Topics;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPaid;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.messaging.MessagingAutoConfiguration;
import io.openoms.testsupport.MessagingTables;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * inventory-service as the other services see it: order events in on
 * {@code oms.order.events}, allocation outcomes out on {@code oms.inventory.events},
 * through a real broker and database.
 */
class AllocationMessagingIT extends InventoryMessagingTestContext {

	@Test
	void paidOrderIsAllocatedOnceFromTheFullerWarehouseEvenWhenDeliveredAgain() {
		String mug = newSku("MUG");
		String cap = newSku("CAP");
		receive(mug, "WH-BERLIN", 10);
		receive(cap, "WH-BERLIN", 10);
		receive(mug, "WH-MADRID", 20);
		receive(cap, "WH-MADRID", 20);
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderPaid> paid = envelope(new OrderPaid(orderId, UUID.randomUUID(),
				List.of(new OrderLine(mug, 2, eur(999)), new OrderLine(cap, 1, eur(1499)))));
		EventEnvelope<OrderPaid> redeliveredWithNewId = envelope(paid.payload());

		publish(paid);
		publish(paid);
		publish(redeliveredWithNewId);

		// Same key, same partition: once the last one is applied, so are the two before
		// it.
		await().atMost(PATIENCE).until(() -> processed(redeliveredWithNewId.eventId()));
		JsonNode allocated = await().atMost(PATIENCE)
			.until(() -> eventsOf(orderId), (events) -> !events.isEmpty())
			.get(0);
		assertThat(eventsOf(orderId)).hasSize(1);
		assertThat(outboxRowsOf(orderId)).as("events announced for the order").isEqualTo(1);
		assertThat(allocated.path("type").asString()).isEqualTo("StockAllocated");
		assertThat(allocated.path("causationId").asString()).isEqualTo(paid.eventId().toString());
		assertThat(allocated.path("correlationId").asString()).isEqualTo(paid.correlationId().toString());
		assertThat(allocated.path("producer").asString()).isEqualTo("inventory-service");
		JsonNode payload = allocated.path("payload");
		assertThat(payload.path("warehouse").asString()).isEqualTo("WH-MADRID");
		assertThat(payload.path("lines"))
			.extracting((line) -> line.path("sku").asString() + "x" + line.path("quantity").asInt())
			.containsExactlyInAnyOrder(mug + "x2", cap + "x1");
		assertThat(reserved(mug, "WH-MADRID")).isEqualTo(2);
		assertThat(reserved(cap, "WH-MADRID")).isEqualTo(1);
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
		assertThat(this.jdbc.sql("select count(*) from stock_movement where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void orderForMoreThanAvailableFailsNamingTheShortSkuAndReservesNothing() {
		String poster = newSku("POSTER");
		String mug = newSku("MUG");
		receive(poster, "WH-BERLIN", 5);
		receive(mug, "WH-BERLIN", 5);
		UUID orderId = UUID.randomUUID();

		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(),
				List.of(new OrderLine(mug, 1, eur(999)), new OrderLine(poster, 6, eur(2999))))));

		JsonNode failed = await().atMost(PATIENCE).until(() -> eventsOf(orderId), (events) -> !events.isEmpty()).get(0);
		assertThat(failed.path("type").asString()).isEqualTo("StockAllocationFailed");
		assertThat(failed.path("payload").path("shortSkus")).extracting(JsonNode::asString).containsExactly(poster);
		assertThat(failed.path("payload").path("reason").asString()).contains("not enough stock", poster);
		assertThat(reserved(poster, "WH-BERLIN")).isZero();
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
		assertThat(allocationStatus(orderId)).isEqualTo("REJECTED");
	}

	@Test
	void shippedOrderTakesItsUnitsOffTheShelfOnce() {
		String mug = newSku("MUG");
		receive(mug, "WH-BERLIN", 10);
		UUID orderId = UUID.randomUUID();
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(), List.of(new OrderLine(mug, 3, eur(999))))));
		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(orderId)));

		OrderShipped shipped = new OrderShipped(orderId, UUID.randomUUID(), "SIMPOST", "SP1");
		publish(envelope(shipped));
		EventEnvelope<OrderShipped> again = envelope(shipped);
		publish(again);

		await().atMost(PATIENCE).until(() -> processed(again.eventId()));
		assertThat(allocationStatus(orderId)).isEqualTo("SHIPPED");
		assertThat(onHand(mug, "WH-BERLIN")).isEqualTo(7);
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
	}

	@Test
	void cancelledOrderGivesItsReservationBackAndAnnouncesItOnceEvenWhenDeliveredAgain() {
		String mug = newSku("MUG");
		receive(mug, "WH-BERLIN", 10);
		UUID orderId = UUID.randomUUID();
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(), List.of(new OrderLine(mug, 4, eur(999))))));
		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(orderId)));

		OrderCancelled cancelled = new OrderCancelled(orderId, "ALLOCATED", "customer changed their mind");
		EventEnvelope<OrderCancelled> cancellation = envelope(cancelled);
		publish(cancellation);
		publish(cancellation);
		EventEnvelope<OrderCancelled> again = envelope(cancelled);
		publish(again);

		await().atMost(PATIENCE).until(() -> processed(again.eventId()));
		assertThat(allocationStatus(orderId)).isEqualTo("RELEASED");
		assertThat(onHand(mug, "WH-BERLIN")).isEqualTo(10);
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
		assertThat(this.jdbc.sql("select reason from stock_movement where order_id = ? and movement_type = 'RELEASE'")
			.param(orderId)
			.query(String.class)
			.list()).containsExactly("order cancelled: customer changed their mind");
		await().atMost(PATIENCE).until(() -> eventsOf(orderId), (events) -> events.size() == 2);
		assertThat(eventsOf(orderId)).extracting((event) -> event.path("type").asString())
			.containsExactly("StockAllocated", "StockReleased");
		assertThat(outboxRowsOf(orderId)).as("events announced for the order").isEqualTo(2);
		JsonNode released = eventsOf(orderId).get(1);
		assertThat(released.path("causationId").asString()).isEqualTo(cancellation.eventId().toString());
		assertThat(released.path("correlationId").asString()).isEqualTo(cancellation.correlationId().toString());
		JsonNode payload = released.path("payload");
		assertThat(payload.path("allocationId").asString())
			.isEqualTo(eventsOf(orderId).get(0).path("payload").path("allocationId").asString());
		assertThat(payload.path("warehouse").asString()).isEqualTo("WH-BERLIN");
		assertThat(payload.path("lines"))
			.extracting((line) -> line.path("sku").asString() + "x" + line.path("quantity").asInt())
			.containsExactly(mug + "x4");
	}

	@Test
	void parcelReturnedAfterShippingPutsItsUnitsBackOnHandOnceEvenWhenDeliveredAgain() {
		String mug = newSku("MUG");
		String cap = newSku("CAP");
		receive(mug, "WH-BERLIN", 10);
		receive(cap, "WH-BERLIN", 10);
		UUID orderId = UUID.randomUUID();
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(),
				List.of(new OrderLine(mug, 3, eur(999)), new OrderLine(cap, 1, eur(1499))))));
		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(orderId)));
		publish(envelope(new OrderShipped(orderId, UUID.randomUUID(), "SIMPOST", "SP1")));
		await().atMost(PATIENCE).until(() -> "SHIPPED".equals(allocationStatus(orderId)));
		assertThat(onHand(mug, "WH-BERLIN")).isEqualTo(7);

		OrderCancelled cancelled = new OrderCancelled(orderId, "SHIPPED", "carrier returned the parcel");
		EventEnvelope<OrderCancelled> cancellation = envelope(cancelled);
		publish(cancellation);
		publish(cancellation);
		EventEnvelope<OrderCancelled> again = envelope(cancelled);
		publish(again);

		await().atMost(PATIENCE).until(() -> processed(again.eventId()));
		assertThat(allocationStatus(orderId)).isEqualTo("RETURNED");
		assertThat(onHand(mug, "WH-BERLIN")).isEqualTo(10);
		assertThat(onHand(cap, "WH-BERLIN")).isEqualTo(10);
		assertThat(reserved(mug, "WH-BERLIN")).isZero();
		assertThat(available(mug, "WH-BERLIN")).isEqualTo(10);
		assertThat(this.jdbc
			.sql("select sku || 'x' || quantity || ': ' || reason from stock_movement"
					+ " where order_id = ? and movement_type = 'RETURN' order by sku")
			.param(orderId)
			.query(String.class)
			.list()).containsExactly(cap + "x1: parcel returned, order cancelled: carrier returned the parcel",
					mug + "x3: parcel returned, order cancelled: carrier returned the parcel");
		assertThat(outboxRowsOf(orderId)).as("a return announces nothing; only the allocation was announced")
			.isEqualTo(1);
	}

	@Test
	void longestCancellationReasonFitsTheLedger() {
		String mug = newSku("MUG");
		receive(mug, "WH-BERLIN", 10);
		UUID orderId = UUID.randomUUID();
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(), List.of(new OrderLine(mug, 1, eur(999))))));
		await().atMost(PATIENCE).until(() -> "ALLOCATED".equals(allocationStatus(orderId)));
		String longestReason = "x".repeat(500);

		publish(envelope(new OrderCancelled(orderId, "ALLOCATED", longestReason)));

		await().atMost(PATIENCE).until(() -> "RELEASED".equals(allocationStatus(orderId)));
		assertThat(this.jdbc.sql("select reason from stock_movement where order_id = ? and movement_type = 'RELEASE'")
			.param(orderId)
			.query(String.class)
			.single()).isEqualTo("order cancelled: " + longestReason);
	}

	@Test
	void orderCancelledBeforeItWasAllocatedChangesNothing() {
		EventEnvelope<OrderCancelled> cancelled = envelope(
				new OrderCancelled(UUID.randomUUID(), "CREATED", "payment failed"));

		publish(cancelled);

		await().atMost(PATIENCE).until(() -> processed(cancelled.eventId()));
		assertThat(allocationStatus(cancelled.orderId())).isNull();
		assertThat(outboxRowsOf(cancelled.orderId())).isZero();
	}

	@Test
	void orderCancelledAfterItsAllocationFailedReleasesNothing() {
		String poster = newSku("POSTER");
		receive(poster, "WH-BERLIN", 1);
		UUID orderId = UUID.randomUUID();
		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(), List.of(new OrderLine(poster, 2, eur(999))))));
		await().atMost(PATIENCE).until(() -> "REJECTED".equals(allocationStatus(orderId)));

		EventEnvelope<OrderCancelled> cancelled = envelope(new OrderCancelled(orderId, "PAID", "no stock"));
		publish(cancelled);

		await().atMost(PATIENCE).until(() -> processed(cancelled.eventId()));
		assertThat(allocationStatus(orderId)).isEqualTo("REJECTED");
		assertThat(outboxRowsOf(orderId)).as("only the failed allocation was announced").isEqualTo(1);
		assertThat(onHand(poster, "WH-BERLIN")).isEqualTo(1);
		assertThat(reserved(poster, "WH-BERLIN")).isZero();
	}

	@Test
	void orderPaidThatBreaksTheContractIsDeadLetteredWithTheReason() {
		UUID orderId = UUID.randomUUID();

		publish(envelope(new OrderPaid(orderId, UUID.randomUUID(), List.of(new OrderLine("MUG-LOGO", 0, eur(999))))));

		ConsumerRecord<String, String> dead = await().atMost(PATIENCE)
			.until(() -> topics().records(Topics.deadLetterTopicOf(Topics.ORDER_EVENTS))
				.stream()
				.filter((record) -> orderId.toString().equals(record.key()))
				.toList(), (records) -> !records.isEmpty())
			.get(0);
		String reason = new String(
				dead.headers().lastHeader(MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER).value(),
				StandardCharsets.UTF_8);
		assertThat(reason).contains("quantity of MUG-LOGO must be at least 1");
		assertThat(allocationStatus(orderId)).isNull();
	}

	private boolean processed(UUID eventId) {
		return MessagingTables.isProcessed(this.jdbc, eventId);
	}

	private long outboxRowsOf(UUID orderId) {
		return MessagingTables.outboxRowsOf(this.jdbc, orderId.toString());
	}

}

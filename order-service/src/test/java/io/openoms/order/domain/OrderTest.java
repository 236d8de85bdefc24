package io.openoms.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private static final ShippingAddress ADDRESS = new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115",
			"Berlin", "DE");

	private final Order order = Order
		.place(UUID.randomUUID(), "customer-1", List.of(new OrderLine("MUG-LOGO", 2, new Money(999, "EUR")),
				new OrderLine("CAP-NAVY", 1, new Money(1499, "EUR"))), "pm_card_visa", ADDRESS, NOW)
		.order();

	private final UUID payment = UUID.randomUUID();

	private final UUID allocation = UUID.randomUUID();

	private final UUID shipment = UUID.randomUUID();

	@Test
	void placedOrderIsCreatedWithTheSumOfItsLinesAsTotal() {
		assertThat(this.order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(this.order.total()).isEqualTo(new Money(3497, "EUR"));
		assertThat(this.order.revision()).isEqualTo(1);
		assertThat(this.order.history()).singleElement()
			.satisfies((change) -> assertThat(change.to()).isEqualTo(OrderStatus.CREATED));
	}

	@Test
	void happyPathRunsThroughEveryStatusAndRecordsEachStep() {
		shipped();
		OrderEvent completed = this.order.shipmentDelivered(this.shipment, NOW).orElseThrow();

		assertThat(this.order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(completed).isInstanceOf(OrderEvent.Completed.class);
		assertThat(completed.change().revision()).isEqualTo(5);
		assertThat(this.order.history()).extracting(StatusChange::to)
			.containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.ALLOCATED, OrderStatus.SHIPPED,
					OrderStatus.COMPLETED);
	}

	@Test
	void changesAreWhatHappenedSinceTheOrderWasRestoredOrStored() {
		this.order.paymentSucceeded(this.payment, NOW);
		Order restored = Order.restore(this.order.snapshot());
		assertThat(restored.changes().isEmpty()).isTrue();

		restored.stockAllocated(this.allocation, "WH-BERLIN",
				List.of(new OrderEvent.AllocatedUnits("MUG-LOGO", 2, "WH-BERLIN")), NOW);
		restored.recordProgress("payment captured", NOW);
		Order.Changes changes = restored.changes();

		assertThat(changes.storedRevision()).isEqualTo(2);
		assertThat(changes.newHistory()).extracting(StatusChange::to).containsExactly(OrderStatus.ALLOCATED);
		assertThat(changes.storedNotes()).isZero();
		assertThat(changes.newNotes()).extracting(OrderNote::text).containsExactly("payment captured");
		assertThat(changes.newAllocatedUnits()).extracting(OrderEvent.AllocatedUnits::sku).containsExactly("MUG-LOGO");

		restored.changesStored();
		restored.recordProgress("another note", NOW);
		assertThat(restored.changes().storedRevision()).isEqualTo(3);
		assertThat(restored.changes().newHistory()).isEmpty();
		assertThat(restored.changes().newNotes()).extracting(OrderNote::sequence).containsExactly(2);
		assertThat(restored.changes().newAllocatedUnits()).as("units are written once").isEmpty();
	}

	@Test
	void orderCannotBeAllocatedBeforeItIsPaid() {
		assertThatThrownBy(() -> this.order.stockAllocated(this.allocation, "WH-BERLIN", NOW))
			.isInstanceOf(IllegalOrderTransitionException.class)
			.hasMessageContaining("CREATED to ALLOCATED");
		assertThat(this.order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(this.order.revision()).isEqualTo(1);
	}

	@Test
	void samePaymentReportedTwiceMovesTheOrderOnce() {
		this.order.paymentSucceeded(this.payment, NOW);

		assertThat(this.order.paymentSucceeded(this.payment, NOW)).isEmpty();
		assertThat(this.order.revision()).isEqualTo(2);
	}

	@Test
	void secondDifferentPaymentIsAnIllegalTransition() {
		this.order.paymentSucceeded(this.payment, NOW);

		assertThatThrownBy(() -> this.order.paymentSucceeded(UUID.randomUUID(), NOW))
			.isInstanceOf(IllegalOrderTransitionException.class);
	}

	@Test
	void cancellationRemembersThePreviousStatusAndTheReason() {
		this.order.paymentSucceeded(this.payment, NOW);
		OrderEvent.Cancelled cancelled = (OrderEvent.Cancelled) this.order.cancel("customer changed their mind", NOW)
			.orElseThrow();

		assertThat(cancelled.previousStatus()).isEqualTo(OrderStatus.PAID);
		assertThat(cancelled.change().reason()).isEqualTo("customer changed their mind");
		assertThat(this.order.status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void cancellingACancelledOrderAgainChangesNothing() {
		this.order.cancel("first", NOW);

		assertThat(this.order.cancel("second", NOW)).isEmpty();
		assertThat(this.order.revision()).isEqualTo(2);
	}

	@Test
	void customerCannotCancelAShippedOrder() {
		shipped();

		assertThatThrownBy(() -> this.order.cancel("too late", NOW)).isInstanceOf(IllegalOrderTransitionException.class)
			.hasMessageContaining("SHIPPED to CANCELLED");
	}

	@Test
	void parcelReturnedByTheCarrierCancelsAShippedOrder() {
		shipped();

		OrderEvent.Cancelled cancelled = (OrderEvent.Cancelled) this.order
			.shipmentFailed("returned: unknown address", NOW)
			.orElseThrow();

		assertThat(cancelled.previousStatus()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(this.order.status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void paymentArrivingAfterCancellationIsNotedNotApplied() {
		this.order.cancel("customer changed their mind", NOW);

		assertThat(this.order.paymentSucceeded(this.payment, NOW)).isEmpty();

		assertThat(this.order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(this.order.notes()).singleElement()
			.satisfies((note) -> assertThat(note.text()).contains("after the order was cancelled", "refunded"));
	}

	@Test
	void lateAllocationAndDispatchForACancelledOrderAreNoted() {
		this.order.paymentSucceeded(this.payment, NOW);
		this.order.cancel("operator", NOW);

		assertThat(this.order.stockAllocated(this.allocation, "WH-BERLIN", NOW)).isEmpty();
		assertThat(this.order.shipmentDispatched(this.shipment, "SIMPOST", "SP1", NOW)).isEmpty();

		assertThat(this.order.notes()).hasSize(2);
		assertThat(this.order.revision()).isEqualTo(3);
	}

	@Test
	void orderShippedInTwoParcelsIsShippedOnceAndCompletedOnlyByItsLastDelivery() {
		UUID second = UUID.randomUUID();
		this.order.paymentSucceeded(this.payment, NOW);
		OrderEvent allocated = this.order.stockAllocated(this.allocation, "WH-BERLIN",
				List.of(new OrderEvent.AllocatedUnits("MUG-LOGO", 2, "WH-BERLIN"),
						new OrderEvent.AllocatedUnits("CAP-NAVY", 1, "WH-HAMBURG")),
				NOW)
			.orElseThrow();
		assertThat(((OrderEvent.Allocated) allocated).lines()).extracting(OrderEvent.AllocatedUnits::warehouse)
			.containsExactly("WH-BERLIN", "WH-HAMBURG");

		assertThat(this.order.shipmentDispatched(this.shipment, "SIMPOST", "EXPRESS", "SP1", NOW)).isPresent();
		assertThat(this.order.shipmentDispatched(second, "SIMPOST", "EXPRESS", "SP2", NOW)).isEmpty();
		assertThat(this.order.shipmentDelivered(this.shipment, false, NOW)).isEmpty();
		assertThat(this.order.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(this.order.shipmentDelivered(second, true, NOW)).isPresent();

		assertThat(this.order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(this.order.history()).extracting(StatusChange::reason).contains("shipped with SIMPOST EXPRESS SP1");
		assertThat(this.order.notes()).extracting(OrderNote::text)
			.containsExactly("another parcel shipped with SIMPOST EXPRESS SP2",
					"parcel of shipment " + this.shipment + " delivered; the order's other parcels are on their way");
		assertThat(this.order.shipmentDelivered(second, true, NOW)).as("a repeated delivery changes nothing").isEmpty();
	}

	@Test
	void terminalStatusesAllowNoFurtherMove() {
		for (OrderStatus next : OrderStatus.values()) {
			assertThat(OrderStatus.COMPLETED.canMoveTo(next)).isFalse();
			assertThat(OrderStatus.CANCELLED.canMoveTo(next)).isFalse();
		}
	}

	@Test
	void restoredOrderContinuesFromItsSnapshot() {
		this.order.paymentSucceeded(this.payment, NOW);
		this.order.recordCompensation("noted", NOW);
		Order restored = Order.restore(this.order.snapshot());

		restored.stockAllocated(this.allocation, "WH-MADRID", NOW);

		assertThat(restored.revision()).isEqualTo(3);
		assertThat(restored.status()).isEqualTo(OrderStatus.ALLOCATED);
		assertThat(restored.notes()).hasSize(1);
	}

	@Test
	void backorderedOrderWaitsBetweenPaidAndAllocatedAndCanStillBeCancelled() {
		this.order.paymentSucceeded(this.payment, NOW);

		OrderEvent backordered = this.order.stockBackordered("waiting for stock of: MUG-LOGO", NOW).orElseThrow();

		assertThat(backordered).isInstanceOf(OrderEvent.Backordered.class);
		assertThat(backordered.change().from()).isEqualTo(OrderStatus.PAID);
		assertThat(this.order.status()).isEqualTo(OrderStatus.BACKORDERED);
		assertThat(this.order.stockBackordered("again", NOW)).isEmpty();
		assertThat(this.order.status().isBeforeShipment()).isTrue();

		OrderEvent allocated = this.order.stockAllocated(this.allocation, "WH-BERLIN", NOW).orElseThrow();

		assertThat(allocated.change().from()).isEqualTo(OrderStatus.BACKORDERED);
		assertThat(this.order.status()).isEqualTo(OrderStatus.ALLOCATED);
		assertThat(this.order.stockAllocated(this.allocation, "WH-BERLIN", NOW)).isEmpty();
		assertThat(this.order.revision()).isEqualTo(4);
	}

	@Test
	void expiredBackorderCancelsTheOrder() {
		this.order.paymentSucceeded(this.payment, NOW);
		this.order.stockBackordered("waiting for stock of: MUG-LOGO", NOW);

		OrderEvent cancelled = this.order.stockAllocationFailed("backorder expired", NOW).orElseThrow();

		assertThat(((OrderEvent.Cancelled) cancelled).previousStatus()).isEqualTo(OrderStatus.BACKORDERED);
		assertThat(this.order.status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void onlyAPaidOrderCanBeBackordered() {
		assertThat(this.order.stockBackordered("too early", NOW)).isEmpty();
		assertThat(this.order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(OrderStatus.CREATED.canMoveTo(OrderStatus.BACKORDERED)).isFalse();
		assertThat(OrderStatus.ALLOCATED.canMoveTo(OrderStatus.BACKORDERED)).isFalse();
		assertThat(OrderStatus.BACKORDERED.canMoveTo(OrderStatus.SHIPPED)).isFalse();
	}

	@Test
	void heldOrderMovesOnButWithholdsOrderPaidUntilReleased() {
		assertThat(this.order.hold("fraud check", NOW)).isTrue();

		OrderEvent paid = this.order.paymentSucceeded(this.payment, NOW).orElseThrow();

		assertThat(this.order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(paid).isInstanceOf(OrderEvent.Withheld.class);
		assertThat(this.order.hold())
			.hasValueSatisfying((hold) -> assertThat(hold.withheld()).isEqualTo(OrderStatus.PAID));
		OrderEvent released = this.order.release("checked", NOW).orElseThrow();
		assertThat(released).isInstanceOf(OrderEvent.Released.class);
		assertThat(((OrderEvent.Released) released).event()).isInstanceOfSatisfying(OrderEvent.Paid.class,
				(event) -> assertThat(event.paymentId()).isEqualTo(this.payment));
		assertThat(this.order.hold()).isEmpty();
		assertThat(this.order.notes()).extracting(OrderNote::text)
			.contains("put on hold: fraud check", "hold released: checked; the order proceeds from PAID");
	}

	@Test
	void orderHeldWhilePaidWithholdsItsAllocationWithTheAllocatedUnits() {
		this.order.paymentSucceeded(this.payment, NOW);
		this.order.hold("address check", NOW);

		OrderEvent allocated = this.order
			.stockAllocated(this.allocation, "WH-BERLIN",
					List.of(new OrderEvent.AllocatedUnits("MUG-LOGO", 2, "WH-BERLIN")), NOW)
			.orElseThrow();

		assertThat(allocated).isInstanceOf(OrderEvent.Withheld.class);
		Order restored = Order.restore(this.order.snapshot());
		OrderEvent released = restored.release(null, NOW).orElseThrow();
		assertThat(((OrderEvent.Released) released).event()).isInstanceOfSatisfying(OrderEvent.Allocated.class,
				(event) -> assertThat(event.lines()).extracting(OrderEvent.AllocatedUnits::sku)
					.containsExactly("MUG-LOGO"));
	}

	@Test
	void orderPassedOnToShippingCannotBeHeldAndReleasingAnUnheldOrderChangesNothing() {
		this.order.paymentSucceeded(this.payment, NOW);
		this.order.stockAllocated(this.allocation, "WH-BERLIN", NOW);

		assertThatThrownBy(() -> this.order.hold("too late", NOW)).isInstanceOf(OrderHoldException.class)
			.hasMessageContaining("is ALLOCATED");
		assertThat(this.order.release("nothing held", NOW)).isEmpty();
		assertThat(this.order.notes()).isEmpty();
	}

	@Test
	void cancellingAHeldOrderEndsTheHoldAndDropsWhatWasWithheld() {
		this.order.hold("customer called", NOW);
		this.order.paymentSucceeded(this.payment, NOW);

		this.order.cancel("changed mind", NOW);

		assertThat(this.order.hold()).isEmpty();
		assertThat(this.order.release("late", NOW)).isEmpty();
	}

	private void shipped() {
		this.order.paymentSucceeded(this.payment, NOW);
		this.order.stockAllocated(this.allocation, "WH-BERLIN", NOW);
		this.order.shipmentDispatched(this.shipment, "SIMPOST", "SP123", NOW);
	}

}

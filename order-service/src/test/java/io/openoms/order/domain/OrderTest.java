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
		UUID shipment = UUID.randomUUID();
		this.order.markPaid(UUID.randomUUID(), NOW);
		this.order.markAllocated(UUID.randomUUID(), "WH-BERLIN", NOW);
		this.order.markShipped(shipment, "SIMPOST", "SP123", NOW);
		OrderEvent.Completed completed = this.order.complete(shipment, NOW);

		assertThat(this.order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(completed.change().revision()).isEqualTo(5);
		assertThat(this.order.history()).extracting(StatusChange::to)
			.containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.ALLOCATED, OrderStatus.SHIPPED,
					OrderStatus.COMPLETED);
	}

	@Test
	void orderCannotBeAllocatedBeforeItIsPaid() {
		assertThatThrownBy(() -> this.order.markAllocated(UUID.randomUUID(), "WH-BERLIN", NOW))
			.isInstanceOf(IllegalOrderTransitionException.class)
			.hasMessageContaining("CREATED to ALLOCATED");
		assertThat(this.order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(this.order.revision()).isEqualTo(1);
	}

	@Test
	void cancellationRemembersThePreviousStatusAndTheReason() {
		this.order.markPaid(UUID.randomUUID(), NOW);
		OrderEvent.Cancelled cancelled = this.order.cancel("customer changed their mind", NOW);

		assertThat(cancelled.previousStatus()).isEqualTo(OrderStatus.PAID);
		assertThat(cancelled.change().reason()).isEqualTo("customer changed their mind");
		assertThat(this.order.status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void shippedOrderCannotBeCancelled() {
		this.order.markPaid(UUID.randomUUID(), NOW);
		this.order.markAllocated(UUID.randomUUID(), "WH-BERLIN", NOW);
		this.order.markShipped(UUID.randomUUID(), "SIMPOST", "SP123", NOW);

		assertThatThrownBy(() -> this.order.cancel("too late", NOW))
			.isInstanceOf(IllegalOrderTransitionException.class);
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
		this.order.markPaid(UUID.randomUUID(), NOW);
		Order restored = Order.restore(this.order.snapshot());

		restored.markAllocated(UUID.randomUUID(), "WH-MADRID", NOW);

		assertThat(restored.revision()).isEqualTo(3);
		assertThat(restored.status()).isEqualTo(OrderStatus.ALLOCATED);
	}

}

package io.openoms.order.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.order.OrderSnapshot;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.ShippingAddress;

import static org.assertj.core.api.Assertions.assertThat;

class OrderSnapshotsTest {

	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private final Order order = Order
		.place(UUID.randomUUID(), "customer-1",
				List.of(new OrderLine("MUG-LOGO", 2, new Money(999, "EUR"), 450),
						new OrderLine("CAP-NAVY", 1, new Money(1499, "EUR"))),
				"pm_card_visa", new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"), NOW)
		.order();

	@Test
	void newOrderWithoutPriceBreakdownIsBookedAtListPricesWithTaxUnknown() {
		OrderSnapshot snapshot = OrderSnapshots.of(this.order);

		assertThat(snapshot.channel()).isEqualTo("api");
		assertThat(snapshot.reference()).isNull();
		assertThat(snapshot.currency()).isEqualTo("EUR");
		assertThat(snapshot.lines()).extracting(OrderSnapshot.Line::total)
			.containsExactly(new Money(1998, "EUR"), new Money(1499, "EUR"));
		assertThat(snapshot.lines().get(0).tax()).isNull();
		assertThat(snapshot.totals().total()).isEqualTo(new Money(3497, "EUR"));
		assertThat(snapshot.totals().discounts()).isEqualTo(Money.zero("EUR"));
		assertThat(snapshot.payment()).isNull();
		assertThat(snapshot.allocation()).isNull();
		assertThat(snapshot.cancellationReason()).isNull();
	}

	@Test
	void allocationAcrossWarehousesListsEachWarehouseOnceTheAllocationsOwnFirst() {
		UUID payment = UUID.randomUUID();
		this.order.paymentSucceeded(payment, NOW);
		this.order.stockAllocated(UUID.randomUUID(), "WH-BERLIN",
				List.of(new OrderEvent.AllocatedUnits("MUG-LOGO", 2, null),
						new OrderEvent.AllocatedUnits("CAP-NAVY", 1, "WH-HAMBURG")),
				NOW);

		OrderSnapshot snapshot = OrderSnapshots.of(this.order);

		assertThat(snapshot.payment().paymentId()).isEqualTo(payment);
		assertThat(snapshot.payment().amount()).isEqualTo(new Money(3497, "EUR"));
		assertThat(snapshot.allocation().warehouses()).containsExactly("WH-BERLIN", "WH-HAMBURG");
		assertThat(snapshot.allocation().lines()).containsExactly(new AllocatedLine("MUG-LOGO", 2, null),
				new AllocatedLine("CAP-NAVY", 1, "WH-HAMBURG"));
	}

	@Test
	void cancelledOrderCarriesTheReasonOfItsCancellation() {
		this.order.hold("address check", NOW);
		assertThat(OrderSnapshots.of(this.order).hold().reason()).isEqualTo("address check");

		this.order.cancel("customer changed their mind", NOW);
		OrderSnapshot snapshot = OrderSnapshots.of(this.order);

		assertThat(snapshot.cancellationReason()).isEqualTo("customer changed their mind");
		assertThat(snapshot.hold()).isNull();
	}

}

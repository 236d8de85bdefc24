package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a cancelled order's stock back. A reservation (or what a waiting order held) goes
 * back to available (RELEASE) and {@code StockReleased} is announced; a waiting order
 * stops waiting; units of an order cancelled after it shipped, because the carrier
 * returned the parcel, go back on hand (RETURN). An order cancelled before it was
 * allocated, or whose allocation failed or was given back before, has nothing to give
 * back. The allocation row is locked first, so concurrent or repeated cancellations give
 * the stock back, and announce it, exactly once.
 */
@Component
public class ReleaseAllocation {

	/** The order status that means the parcel had left when the order was cancelled. */
	private static final String SHIPPED = "SHIPPED";

	private final Allocations allocations;

	private final StockLedger ledger;

	private final AllocationEventPublisher events;

	private final Clock clock;

	ReleaseAllocation(Allocations allocations, StockLedger ledger, AllocationEventPublisher events, Clock clock) {
		this.allocations = allocations;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderCancelled> event) {
		OrderCancelled cancelled = event.payload();
		this.allocations.lockByOrderId(cancelled.orderId())
			.ifPresent((allocation) -> giveBack(allocation, cancelled, Causation.causedBy(event)));
	}

	private void giveBack(Allocation allocation, OrderCancelled cancelled, Causation causation) {
		boolean afterShipping = SHIPPED.equals(cancelled.previousStatus());
		String reason = (afterShipping ? "parcel returned, order cancelled" : "order cancelled")
				+ ((cancelled.reason() != null) ? ": " + cancelled.reason() : "");
		AllocationStatus before = allocation.status();
		List<StockMovement> movements = allocation.cancel(afterShipping, reason, this.clock.instant());
		if (allocation.status() == before) {
			return;
		}
		this.ledger.post(movements, causation);
		this.allocations.update(allocation);
		// A waiting order that held nothing stops waiting: no stock to announce.
		if (allocation.status() == AllocationStatus.RELEASED && !movements.isEmpty()) {
			this.events.released(allocation, causation);
		}
	}

}

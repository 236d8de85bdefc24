package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.StockMovement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a cancelled order's reservation back to available stock. An order cancelled
 * before it was allocated, or whose allocation failed or shipped, has nothing to give
 * back.
 */
@Component
public class ReleaseAllocation {

	private final Allocations allocations;

	private final StockLedger ledger;

	private final Clock clock;

	ReleaseAllocation(Allocations allocations, StockLedger ledger, Clock clock) {
		this.allocations = allocations;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderCancelled> event) {
		OrderCancelled cancelled = event.payload();
		this.allocations.lockByOrderId(cancelled.orderId()).ifPresent((allocation) -> release(allocation, cancelled));
	}

	private void release(Allocation allocation, OrderCancelled cancelled) {
		String reason = "order cancelled" + ((cancelled.reason() != null) ? ": " + cancelled.reason() : "");
		List<StockMovement> movements = allocation.release(reason, this.clock.instant());
		if (!movements.isEmpty()) {
			this.ledger.post(movements);
			this.allocations.update(allocation);
		}
	}

}

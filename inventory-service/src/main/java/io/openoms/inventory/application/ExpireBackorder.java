package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rejects an order that waited for stock beyond the backorder timeout: whatever it held
 * is released and StockAllocationFailed tells order-service to cancel (and so refund) it.
 */
@Component
public class ExpireBackorder {

	private final Allocations allocations;

	private final StockLedger ledger;

	private final AllocationEventPublisher events;

	private final Clock clock;

	ExpireBackorder(Allocations allocations, StockLedger ledger, AllocationEventPublisher events, Clock clock) {
		this.allocations = allocations;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return whether the order was expired now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean expireIfOverdue(UUID orderId) {
		return this.allocations.tryLockByOrderId(orderId)
			.filter((allocation) -> allocation.isOverdue(this.clock.instant()))
			.map((allocation) -> {
				Causation causation = Causation.newRequest(UUID.randomUUID());
				List<StockMovement> movements = allocation.expire(this.clock.instant());
				this.allocations.update(allocation);
				this.ledger.post(movements, causation);
				this.events.decided(allocation, causation);
				return true;
			})
			.orElse(false);
	}

}

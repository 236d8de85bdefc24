package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.IllegalAllocationTransitionException;
import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a shipped order's reserved units off the shelf: on hand and reserved both go
 * down.
 */
@Component
public class ShipAllocation {

	private final Allocations allocations;

	private final StockLedger ledger;

	private final Clock clock;

	ShipAllocation(Allocations allocations, StockLedger ledger, Clock clock) {
		this.allocations = allocations;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderShipped> event) {
		OrderShipped shipped = event.payload();
		Allocation allocation = this.allocations.lockByOrderId(shipped.orderId())
			.orElseThrow(() -> new RejectedEventException(
					"order " + shipped.orderId() + " was shipped but inventory-service never allocated it"));
		List<StockMovement> movements;
		try {
			movements = allocation.ship((shipped.shipmentId() != null) ? shipped.shipmentId().toString() : null,
					this.clock.instant());
		}
		catch (IllegalAllocationTransitionException ex) {
			throw new RejectedEventException(ex.getMessage(), ex);
		}
		if (!movements.isEmpty()) {
			this.ledger.post(movements, Causation.causedBy(event));
			this.allocations.update(allocation);
		}
	}

}

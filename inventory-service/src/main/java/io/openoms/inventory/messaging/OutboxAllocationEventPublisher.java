package io.openoms.inventory.messaging;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.inventory.StockAllocationFailed;
import io.openoms.inventory.application.AllocationEventPublisher;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Translates an allocation's decision into the published contract: StockAllocated or
 * StockAllocationFailed.
 */
@Component
class OutboxAllocationEventPublisher implements AllocationEventPublisher {

	private final Outbox outbox;

	OutboxAllocationEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void decided(Allocation allocation, Causation causation) {
		this.outbox.append(toContract(allocation), causation);
	}

	private static EventPayload toContract(Allocation allocation) {
		if (allocation.status() == AllocationStatus.ALLOCATED) {
			return new StockAllocated(allocation.orderId(), allocation.id(), allocation.warehouse().orElseThrow(),
					allocation.lines().stream().map((line) -> new AllocatedLine(line.sku(), line.quantity())).toList());
		}
		AllocationDecision.Rejected rejection = allocation.rejection()
			.orElseThrow(() -> new IllegalArgumentException(
					"allocation " + allocation.id() + " is " + allocation.status() + ", not a decision to announce"));
		return new StockAllocationFailed(allocation.orderId(), rejection.describe(), rejection.shortSkus());
	}

}

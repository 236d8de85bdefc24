package io.openoms.inventory.messaging;

import java.util.List;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.inventory.StockAllocationFailed;
import io.openoms.contracts.inventory.StockBackordered;
import io.openoms.contracts.inventory.StockReleased;
import io.openoms.inventory.application.AllocationEventPublisher;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Translates what became of an allocation into the published contracts: StockAllocated,
 * StockBackordered or StockAllocationFailed for its decision (and for a waiting order
 * filled or expired), StockReleased for its release.
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

	@Override
	public void released(Allocation allocation, Causation causation) {
		if (allocation.status() != AllocationStatus.RELEASED) {
			throw new IllegalArgumentException(
					"allocation " + allocation.id() + " is " + allocation.status() + ", not released");
		}
		this.outbox.append(new StockReleased(allocation.orderId(), allocation.id(),
				allocation.warehouse().orElseThrow(), lines(allocation)), causation);
	}

	private static EventPayload toContract(Allocation allocation) {
		if (allocation.status() == AllocationStatus.ALLOCATED) {
			return new StockAllocated(allocation.orderId(), allocation.id(), allocation.warehouse().orElseThrow(),
					lines(allocation));
		}
		if (allocation.status() == AllocationStatus.BACKORDERED) {
			List<String> waitedFor = allocation.remaining().stream().map(RequestedLine::sku).toList();
			return new StockBackordered(allocation.orderId(), allocation.id(),
					"waiting for stock of: " + String.join(", ", waitedFor), waitedFor, lines(allocation),
					allocation.expiresAt());
		}
		AllocationDecision.Rejected rejection = allocation.rejection()
			.orElseThrow(() -> new IllegalArgumentException(
					"allocation " + allocation.id() + " is " + allocation.status() + ", not a decision to announce"));
		return new StockAllocationFailed(allocation.orderId(), rejection.describe(), rejection.shortSkus());
	}

	private static List<AllocatedLine> lines(Allocation allocation) {
		return allocation.lines().stream().map((line) -> new AllocatedLine(line.sku(), line.quantity())).toList();
	}

}

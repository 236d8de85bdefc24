package io.openoms.order.application;

import java.time.Clock;
import java.util.List;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.inventory.StockAllocationFailed;
import io.openoms.contracts.inventory.StockBackordered;
import io.openoms.messaging.Causation;
import io.openoms.order.domain.OrderEvent;
import org.springframework.stereotype.Component;

/**
 * Moves orders on when inventory-service reports an allocation: allocated, waiting for
 * stock, or failed.
 */
@Component
public class AllocationOutcomes {

	private final OrderTransitions transitions;

	private final Clock clock;

	AllocationOutcomes(OrderTransitions transitions, Clock clock) {
		this.transitions = transitions;
		this.clock = clock;
	}

	public void on(EventEnvelope<StockAllocated> event) {
		StockAllocated allocation = event.payload();
		List<OrderEvent.AllocatedUnits> lines = (allocation.lines() != null) ? allocation.lines()
			.stream()
			.map((line) -> new OrderEvent.AllocatedUnits(line.sku(), line.quantity(), line.warehouse()))
			.toList() : List.of();
		this.transitions.apply(allocation.orderId(), (order) -> order.stockAllocated(allocation.allocationId(),
				allocation.warehouse(), lines, this.clock.instant()), Causation.causedBy(event));
	}

	public void onBackordered(EventEnvelope<StockBackordered> event) {
		StockBackordered backorder = event.payload();
		this.transitions.apply(backorder.orderId(),
				(order) -> order.stockBackordered(backorder.reason(), this.clock.instant()), Causation.causedBy(event));
	}

	public void onFailed(EventEnvelope<StockAllocationFailed> event) {
		StockAllocationFailed failure = event.payload();
		this.transitions.apply(failure.orderId(),
				(order) -> order.stockAllocationFailed(failure.reason(), this.clock.instant()),
				Causation.causedBy(event));
	}

}

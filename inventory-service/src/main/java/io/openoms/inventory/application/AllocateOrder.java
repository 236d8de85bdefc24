package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPaid;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationPolicy;
import io.openoms.inventory.domain.AllocationRequest;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves a paid order's stock, all lines or none, and announces the outcome.
 * <p>
 * Safe under any number of concurrent allocations and service instances: the levels of
 * every requested SKU are locked in the database (in one global order, so two allocations
 * never deadlock) before the policy looks at them, and the allocation record is unique
 * per order, so an order is allocated once however often its {@code OrderPaid} arrives.
 */
@Component
public class AllocateOrder {

	private final StockLevels levels;

	private final Allocations allocations;

	private final AllocationPolicy policy;

	private final StockLedger ledger;

	private final AllocationEventPublisher events;

	private final Clock clock;

	AllocateOrder(StockLevels levels, Allocations allocations, AllocationPolicy policy, StockLedger ledger,
			AllocationEventPublisher events, Clock clock) {
		this.levels = levels;
		this.allocations = allocations;
		this.policy = policy;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderPaid> event) {
		allocate(request(event.payload()), Causation.causedBy(event));
	}

	/**
	 * @return the order's allocation: the new one, or the one made before if the order
	 * was allocated already
	 */
	@Transactional
	public Allocation allocate(AllocationRequest request, Causation causation) {
		// Lock first, then look for an earlier allocation: a concurrent duplicate waits
		// here and
		// then finds the allocation the first one committed.
		List<StockLevel> locked = this.levels.lockAllOf(request.skus());
		Optional<Allocation> earlier = this.allocations.findByOrderId(request.orderId());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		AllocationDecision decision = this.policy.decide(request, locked);
		Allocation.Decided decided = Allocation.decide(UUID.randomUUID(), request.orderId(), decision,
				this.clock.instant());
		this.allocations.add(decided.allocation());
		this.ledger.post(decided.movements());
		this.events.decided(decided.allocation(), causation);
		return decided.allocation();
	}

	/** An OrderPaid the domain cannot read breaks the contract: no retry will fix it. */
	private static AllocationRequest request(OrderPaid paid) {
		try {
			List<RequestedLine> lines = (paid.lines() != null) ? paid.lines().stream().map(AllocateOrder::line).toList()
					: List.of();
			return new AllocationRequest(paid.orderId(), lines);
		}
		catch (IllegalArgumentException ex) {
			throw new RejectedEventException("OrderPaid " + paid.orderId() + " cannot be allocated: " + ex.getMessage(),
					ex);
		}
	}

	private static RequestedLine line(OrderLine line) {
		if (line == null) {
			throw new IllegalArgumentException("a line is empty");
		}
		return new RequestedLine(line.sku(), line.quantity());
	}

}

package io.openoms.inventory.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPaid;
import io.openoms.inventory.InventoryProperties;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationPolicy;
import io.openoms.inventory.domain.AllocationRequest;
import io.openoms.inventory.domain.AllocationTerms;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves a paid order's stock, all lines or none, and announces the outcome: allocated,
 * backordered (the order waits for stock), or rejected.
 * <p>
 * Safe under any number of concurrent allocations and service instances: the levels of
 * every requested SKU are locked in the database (in one global order, so two allocations
 * never deadlock) before the policy looks at them, and the allocation record is unique
 * per order, so an order is allocated once however often its {@code OrderPaid} arrives.
 * Units that waiting orders ahead of it in the queue still need are not the order's to
 * take.
 */
@Component
public class AllocateOrder {

	private final StockLevels levels;

	private final Allocations allocations;

	private final Products products;

	private final AllocationPolicy policy;

	private final StockLedger ledger;

	private final AllocationEventPublisher events;

	private final Clock clock;

	private final InventoryProperties properties;

	AllocateOrder(StockLevels levels, Allocations allocations, Products products, AllocationPolicy policy,
			StockLedger ledger, AllocationEventPublisher events, Clock clock, InventoryProperties properties) {
		this.levels = levels;
		this.allocations = allocations;
		this.products = products;
		this.policy = policy;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional
	public void on(EventEnvelope<OrderPaid> event) {
		allocate(request(event.payload(), this.clock.instant()), Causation.causedBy(event));
	}

	/**
	 * @return the order's allocation: the new one, or the one made before if the order
	 * was allocated already
	 */
	@Transactional
	public Allocation allocate(AllocationRequest request, Causation causation) {
		// Lock first, then look for an earlier allocation: a concurrent duplicate waits
		// here and then finds the allocation the first one committed.
		List<StockLevel> locked = this.levels.lockAllOf(request.skus());
		Optional<Allocation> earlier = this.allocations.findByOrderId(request.orderId());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Map<String, Integer> claimed = this.allocations.claimedAhead(request.skus(), request);
		AllocationDecision decision = this.policy.decide(request, locked, claimed);
		Instant now = this.clock.instant();
		Allocation.Decided decided;
		if (decision instanceof AllocationDecision.Rejected shortage && waits(request, shortage)) {
			Optional<AllocationDecision.Allocated> held = request.terms().partial()
					? this.policy.fillWhatFits(request.lines(), null, locked, claimed) : Optional.empty();
			decided = Allocation.backorder(UUID.randomUUID(), request, shortage, held,
					now.plus(this.properties.backorderTimeout()), now);
		}
		else {
			decided = Allocation.decide(UUID.randomUUID(), request, decision, now);
		}
		this.allocations.add(decided.allocation());
		this.ledger.post(decided.movements(), causation);
		this.events.decided(decided.allocation(), causation);
		return decided.allocation();
	}

	/**
	 * An order waits if stock arriving later could fill it and the order says so, or, if
	 * it says nothing, every product it is short of allows backorders.
	 */
	private boolean waits(AllocationRequest request, AllocationDecision.Rejected shortage) {
		if (!shortage.reason().couldBeFilledLater()) {
			return false;
		}
		List<String> shortSkus = shortage.shortSkus().isEmpty() ? request.skus() : shortage.shortSkus();
		return request.terms().waitsForStock(this.products.allAllowBackorders(shortSkus));
	}

	/** An OrderPaid the domain cannot read breaks the contract: no retry will fix it. */
	private static AllocationRequest request(OrderPaid paid, Instant now) {
		try {
			List<RequestedLine> lines = (paid.lines() != null) ? paid.lines().stream().map(AllocateOrder::line).toList()
					: List.of();
			AllocationTerms terms = new AllocationTerms(paid.priority(),
					(paid.placedAt() != null) ? paid.placedAt() : now, paid.backorderPolicy(),
					Boolean.TRUE.equals(paid.partialAllocation()));
			return new AllocationRequest(paid.orderId(), lines, terms);
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

package io.openoms.inventory.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.openoms.inventory.InventoryProperties;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationPolicy;
import io.openoms.inventory.domain.AllocationRequest;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves waiting (backordered) orders from stock that became available, in queue order:
 * express before standard, then older before newer. An order is served only from units
 * that no order ahead of it still waits for, so a small order never overtakes a larger
 * one ahead of it in the queue, and a new order never takes units a waiting one is owed.
 * <p>
 * Lock order, as everywhere: first the stock rows of every SKU concerned (in SKU, then
 * warehouse order), then the allocation rows, but those with {@code skip locked}: an
 * allocation another transaction holds (being cancelled, say) is passed over, never
 * waited for, so filling cannot deadlock; the sweep or the next change comes back to it.
 */
@Component
public class FillBackorders {

	private final Allocations allocations;

	private final StockLevels levels;

	private final AllocationPolicy policy;

	private final StockLedger ledger;

	private final AllocationEventPublisher events;

	private final Clock clock;

	private final int batchSize;

	FillBackorders(Allocations allocations, StockLevels levels, AllocationPolicy policy, StockLedger ledger,
			AllocationEventPublisher events, Clock clock, InventoryProperties properties) {
		this.allocations = allocations;
		this.levels = levels;
		this.policy = policy;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
		this.batchSize = properties.backorderBatchSize();
	}

	/**
	 * Fills what it can of the orders waiting for the SKUs, in a transaction of its own
	 * (it is called after another transaction committed).
	 * @return the orders that became ALLOCATED
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<UUID> fill(Collection<String> skus, Causation causation) {
		List<UUID> waiting = this.allocations.waitingFor(skus, this.batchSize);
		if (waiting.isEmpty()) {
			return List.of();
		}
		Set<String> lockedSkus = new TreeSet<>(skus);
		for (UUID orderId : waiting) {
			this.allocations.findByOrderId(orderId)
				.ifPresent((allocation) -> allocation.demand().forEach((line) -> lockedSkus.add(line.sku())));
		}
		this.levels.lockAllOf(lockedSkus);
		List<UUID> allocated = new ArrayList<>();
		for (UUID orderId : waiting) {
			Optional<Allocation> candidate = this.allocations.tryLockByOrderId(orderId)
				.filter((allocation) -> allocation.status() == AllocationStatus.BACKORDERED)
				.filter((allocation) -> allocation.demand()
					.stream()
					.allMatch((line) -> lockedSkus.contains(line.sku())));
			if (candidate.isPresent() && fillOne(candidate.get(), causation)) {
				allocated.add(orderId);
			}
		}
		return allocated;
	}

	/**
	 * @return whether the order is now ALLOCATED
	 */
	private boolean fillOne(Allocation allocation, Causation causation) {
		List<RequestedLine> remaining = allocation.remaining();
		List<String> skus = remaining.stream().map(RequestedLine::sku).toList();
		List<StockLevel> current = this.levels.lockAllOf(skus);
		Map<String, Integer> claimed = this.allocations.claimedAhead(skus, allocation);
		Optional<AllocationDecision.Allocated> more = Optional.empty();
		if (allocation.lines().isEmpty()) {
			AllocationDecision whole = this.policy
				.decide(new AllocationRequest(allocation.orderId(), remaining, allocation.terms()), current, claimed);
			if (whole instanceof AllocationDecision.Allocated allocated) {
				more = Optional.of(allocated);
			}
		}
		if (more.isEmpty() && allocation.terms().partial()) {
			more = this.policy.fillWhatFits(remaining, allocation.heldWarehouse().orElse(null), current, claimed);
		}
		if (more.isEmpty()) {
			return false;
		}
		List<StockMovement> movements = allocation.fill(more.get(), this.clock.instant());
		this.allocations.update(allocation);
		this.ledger.post(movements, causation);
		if (allocation.status() == AllocationStatus.ALLOCATED) {
			this.events.decided(allocation, causation);
			return true;
		}
		return false;
	}

}

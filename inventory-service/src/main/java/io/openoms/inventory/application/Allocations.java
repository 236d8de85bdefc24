package io.openoms.inventory.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationTerms;

/** The allocations, at most one per order. */
public interface Allocations {

	Optional<Allocation> findByOrderId(UUID orderId);

	/** Finds the order's allocation and locks it until the transaction ends. */
	Optional<Allocation> lockByOrderId(UUID orderId);

	/**
	 * Locks the order's allocation until the transaction ends if nobody else holds it;
	 * never waits.
	 * @return the allocation, empty if there is none or another transaction holds it
	 */
	Optional<Allocation> tryLockByOrderId(UUID orderId);

	void add(Allocation allocation);

	/** Stores the allocation's status and any lines it holds that are not stored yet. */
	void update(Allocation allocation);

	/**
	 * The waiting (BACKORDERED) orders that still need any of the SKUs, in queue order
	 * ({@link AllocationTerms#QUEUE_ORDER}).
	 */
	List<UUID> waitingFor(Collection<String> skus, int limit);

	/** Every waiting order, in queue order. */
	List<Allocation> waiting(int limit);

	/** The SKUs waiting orders still need. */
	List<String> skusWaitedFor();

	/**
	 * Per SKU, the units that waiting orders ahead of {@code who} in the queue still
	 * need.
	 */
	Map<String, Integer> claimedAhead(Collection<String> skus, AllocationTerms.Queued who);

	/** Units of the SKU that waiting orders still need. */
	int backorderedUnits(String sku);

	/** Orders that wait for stock and whose time ran out at {@code now}. */
	List<UUID> overdue(Instant now, int limit);

}

package io.openoms.inventory.application;

import io.openoms.inventory.domain.Allocation;
import io.openoms.messaging.Causation;

/**
 * Announces what became of an allocation to the other services, in the caller's
 * transaction.
 */
public interface AllocationEventPublisher {

	/**
	 * The allocation was decided, or a waiting order's decision changed: stock reserved
	 * (StockAllocated), waiting for stock (StockBackordered), or rejected or expired
	 * (StockAllocationFailed).
	 */
	void decided(Allocation allocation, Causation causation);

	/** The allocation's reservation was given back. */
	void released(Allocation allocation, Causation causation);

}

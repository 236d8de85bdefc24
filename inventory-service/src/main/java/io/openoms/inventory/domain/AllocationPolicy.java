package io.openoms.inventory.domain;

import java.util.Collection;

/**
 * Decides where an order's stock comes from. Pure: it sees the stock levels (locked by
 * the caller, so they cannot change underneath) and returns a decision; reserving is the
 * caller's job.
 */
public interface AllocationPolicy {

	/**
	 * @param request what the order needs
	 * @param levels every warehouse's level of every requested SKU that has one
	 * @return where to reserve the stock, or why it cannot be
	 */
	AllocationDecision decide(AllocationRequest request, Collection<StockLevel> levels);

}

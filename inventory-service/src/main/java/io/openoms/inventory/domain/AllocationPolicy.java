package io.openoms.inventory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where an order's stock comes from. Pure: it sees the stock levels (locked by
 * the caller, so they cannot change underneath) and the units that orders ahead in the
 * queue still wait for, and returns a decision; reserving is the caller's job.
 */
public interface AllocationPolicy {

	/**
	 * @param request what the order needs
	 * @param levels every warehouse's level of every requested SKU that has one
	 * @param claimed per SKU, the units that waiting orders ahead of this one still need:
	 * they are not the order's to take, whichever warehouse holds them
	 * @return where to reserve the stock, or why it cannot be
	 */
	AllocationDecision decide(AllocationRequest request, Collection<StockLevel> levels, Map<String, Integer> claimed);

	/** {@link #decide(AllocationRequest, Collection, Map)} with nobody waiting ahead. */
	default AllocationDecision decide(AllocationRequest request, Collection<StockLevel> levels) {
		return decide(request, levels, Map.of());
	}

	/**
	 * For an order that allows partial allocation: the lines that can be filled now, all
	 * from one warehouse.
	 * @param lines the lines still needed
	 * @param warehouse the warehouse the order already holds stock in, or null if it
	 * holds none yet
	 * @param levels the levels of the lines' SKUs
	 * @param claimed as for {@link #decide(AllocationRequest, Collection, Map)}
	 * @return the lines to hold and where, empty if none fits
	 */
	Optional<AllocationDecision.Allocated> fillWhatFits(List<RequestedLine> lines, String warehouse,
			Collection<StockLevel> levels, Map<String, Integer> claimed);

}

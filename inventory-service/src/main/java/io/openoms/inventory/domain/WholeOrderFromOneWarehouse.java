package io.openoms.inventory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Foundation rule: an order ships in one parcel, so all of its lines come from one
 * warehouse or none is reserved.
 * <p>
 * Among the warehouses that can fill every line, the one with the most available units of
 * the order's SKUs (summed over its lines) wins, so stock drains evenly instead of
 * emptying one warehouse first; on a tie, the smallest warehouse code wins, so the same
 * stock always gives the same answer.
 */
public final class WholeOrderFromOneWarehouse implements AllocationPolicy {

	@Override
	public AllocationDecision decide(AllocationRequest request, Collection<StockLevel> levels) {
		Map<StockKey, StockLevel> byKey = new HashMap<>();
		Set<String> stockedSkus = new HashSet<>();
		Set<String> warehouses = new TreeSet<>();
		for (StockLevel level : levels) {
			byKey.put(level.key(), level);
			stockedSkus.add(level.sku());
			warehouses.add(level.warehouse());
		}

		String best = null;
		long bestScore = -1;
		for (String warehouse : warehouses) {
			long score = scoreIfItFillsAll(warehouse, request, byKey);
			// Warehouses are visited in code order, so a tie keeps the smaller code.
			if (score > bestScore) {
				best = warehouse;
				bestScore = score;
			}
		}
		if (best != null) {
			return new AllocationDecision.Allocated(best, request.lines());
		}
		return rejection(request, byKey, stockedSkus, warehouses);
	}

	/**
	 * @return the available units of the order's SKUs in the warehouse, or -1 if it lacks
	 * any line
	 */
	private static long scoreIfItFillsAll(String warehouse, AllocationRequest request,
			Map<StockKey, StockLevel> levels) {
		long score = 0;
		for (RequestedLine line : request.lines()) {
			StockLevel level = levels.get(new StockKey(line.sku(), warehouse));
			if (level == null || !level.canFill(line.quantity())) {
				return -1;
			}
			score += level.available();
		}
		return score;
	}

	private static AllocationDecision.Rejected rejection(AllocationRequest request, Map<StockKey, StockLevel> levels,
			Set<String> stockedSkus, Set<String> warehouses) {
		List<String> unknown = new ArrayList<>();
		List<String> insufficient = new ArrayList<>();
		for (RequestedLine line : request.lines()) {
			if (!stockedSkus.contains(line.sku())) {
				unknown.add(line.sku());
			}
			else if (warehouses.stream().noneMatch((warehouse) -> fills(levels, line, warehouse))) {
				insufficient.add(line.sku());
			}
		}
		RejectionReason reason = !unknown.isEmpty() ? RejectionReason.UNKNOWN_SKU
				: !insufficient.isEmpty() ? RejectionReason.INSUFFICIENT_STOCK : RejectionReason.NO_SINGLE_WAREHOUSE;
		return new AllocationDecision.Rejected(reason, unknown, insufficient);
	}

	private static boolean fills(Map<StockKey, StockLevel> levels, RequestedLine line, String warehouse) {
		StockLevel level = levels.get(new StockKey(line.sku(), warehouse));
		return level != null && level.canFill(line.quantity());
	}

}

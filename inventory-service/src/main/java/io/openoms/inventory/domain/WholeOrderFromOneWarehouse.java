package io.openoms.inventory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>
 * Units that waiting orders ahead in the queue still need are theirs: a line fits only if
 * the warehouse has the units available and the SKU's available units over all
 * warehouses, minus those claims, still cover it.
 * <p>
 * A partial fill (for orders that allow it) takes the warehouse that can fill the most
 * lines, then the one with the most available units, then the smallest code; an order
 * that already holds stock completes from the warehouse it holds it in.
 */
public final class WholeOrderFromOneWarehouse implements AllocationPolicy {

	@Override
	public AllocationDecision decide(AllocationRequest request, Collection<StockLevel> levels,
			Map<String, Integer> claimed) {
		Stock stock = new Stock(levels, claimed);
		String best = null;
		long bestScore = -1;
		for (String warehouse : stock.warehouses) {
			long score = stock.scoreIfItFillsAll(warehouse, request.lines());
			// Warehouses are visited in code order, so a tie keeps the smaller code.
			if (score > bestScore) {
				best = warehouse;
				bestScore = score;
			}
		}
		if (best != null) {
			return new AllocationDecision.Allocated(best, request.lines());
		}
		return stock.rejection(request);
	}

	@Override
	public Optional<AllocationDecision.Allocated> fillWhatFits(List<RequestedLine> lines, String warehouse,
			Collection<StockLevel> levels, Map<String, Integer> claimed) {
		Stock stock = new Stock(levels, claimed);
		Collection<String> candidates = (warehouse != null) ? List.of(warehouse) : stock.warehouses;
		String best = null;
		List<RequestedLine> bestLines = List.of();
		long bestUnits = -1;
		for (String candidate : candidates) {
			List<RequestedLine> fitting = lines.stream().filter((line) -> stock.fills(line, candidate)).toList();
			long units = fitting.stream().mapToLong((line) -> stock.available(line.sku(), candidate)).sum();
			if (fitting.size() > bestLines.size() || (fitting.size() == bestLines.size() && units > bestUnits)) {
				best = candidate;
				bestLines = fitting;
				bestUnits = units;
			}
		}
		if (best == null || bestLines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AllocationDecision.Allocated(best, bestLines));
	}

	/** The levels by key, and what of each SKU is not claimed by orders ahead. */
	private static final class Stock {

		private final Map<StockKey, StockLevel> byKey = new HashMap<>();

		private final Map<String, Long> unclaimed = new HashMap<>();

		private final Set<String> warehouses = new TreeSet<>();

		Stock(Collection<StockLevel> levels, Map<String, Integer> claimed) {
			for (StockLevel level : levels) {
				this.byKey.put(level.key(), level);
				this.unclaimed.merge(level.sku(), (long) level.available(), Long::sum);
				this.warehouses.add(level.warehouse());
			}
			claimed.forEach((sku, units) -> this.unclaimed.computeIfPresent(sku, (key, free) -> free - units));
		}

		long available(String sku, String warehouse) {
			StockLevel level = this.byKey.get(new StockKey(sku, warehouse));
			return (level != null) ? level.available() : 0;
		}

		boolean fills(RequestedLine line, String warehouse) {
			StockLevel level = this.byKey.get(new StockKey(line.sku(), warehouse));
			return level != null && level.canFill(line.quantity())
					&& this.unclaimed.getOrDefault(line.sku(), 0L) >= line.quantity();
		}

		/**
		 * @return the available units of the lines' SKUs in the warehouse, or -1 if it
		 * lacks any line
		 */
		long scoreIfItFillsAll(String warehouse, List<RequestedLine> lines) {
			long score = 0;
			for (RequestedLine line : lines) {
				if (!fills(line, warehouse)) {
					return -1;
				}
				score += available(line.sku(), warehouse);
			}
			return score;
		}

		AllocationDecision.Rejected rejection(AllocationRequest request) {
			List<String> unknown = new ArrayList<>();
			List<String> insufficient = new ArrayList<>();
			for (RequestedLine line : request.lines()) {
				if (!this.unclaimed.containsKey(line.sku())) {
					unknown.add(line.sku());
				}
				else if (this.warehouses.stream().noneMatch((warehouse) -> fills(line, warehouse))) {
					insufficient.add(line.sku());
				}
			}
			RejectionReason reason = !unknown.isEmpty() ? RejectionReason.UNKNOWN_SKU : !insufficient.isEmpty()
					? RejectionReason.INSUFFICIENT_STOCK : RejectionReason.NO_SINGLE_WAREHOUSE;
			return new AllocationDecision.Rejected(reason, unknown, insufficient);
		}

	}

}

package io.openoms.inventory.domain;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What an {@link AllocationPolicy} decided for one order. A rejection is an outcome, not
 * an error.
 */
public sealed interface AllocationDecision {

	/**
	 * Every line is reserved in one warehouse.
	 *
	 * @param warehouse where the stock is reserved
	 * @param lines what is reserved
	 */
	record Allocated(String warehouse, List<RequestedLine> lines) implements AllocationDecision {

		public Allocated {
			StockKey.requireCode(warehouse, "warehouse");
			lines = List.copyOf(lines);
			if (lines.isEmpty()) {
				throw new IllegalArgumentException("an allocation reserves at least one line");
			}
		}

	}

	/**
	 * Nothing is reserved.
	 *
	 * @param reason the most fundamental reason
	 * @param unknownSkus SKUs no warehouse has ever stocked, sorted
	 * @param insufficientSkus SKUs no single warehouse has enough of, sorted
	 */
	record Rejected(RejectionReason reason, List<String> unknownSkus,
			List<String> insufficientSkus) implements AllocationDecision {

		public Rejected {
			Objects.requireNonNull(reason, "reason");
			unknownSkus = List.copyOf(new TreeSet<>(unknownSkus));
			insufficientSkus = List.copyOf(new TreeSet<>(insufficientSkus));
		}

		/** Every SKU that kept the order from being allocated, sorted. */
		public List<String> shortSkus() {
			TreeSet<String> all = new TreeSet<>(this.unknownSkus);
			all.addAll(this.insufficientSkus);
			return List.copyOf(all);
		}

		/** The rejection in words an operator understands. */
		public String describe() {
			return switch (this.reason) {
				case UNKNOWN_SKU ->
					"unknown SKU(s): " + String.join(", ", this.unknownSkus) + (this.insufficientSkus.isEmpty() ? ""
							: "; not enough stock for: " + String.join(", ", this.insufficientSkus));
				case INSUFFICIENT_STOCK -> "not enough stock for: " + String.join(", ", this.insufficientSkus);
				case NO_SINGLE_WAREHOUSE ->
					"no single warehouse can fill the whole order and split shipments are not supported";
				case BACKORDER_EXPIRED ->
					"backorder expired, still not enough stock for: " + String.join(", ", this.insufficientSkus);
			};
		}

	}

}

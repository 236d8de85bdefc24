package io.openoms.shipping.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an allocation into parcels: one per warehouse the units are reserved in, in the
 * order the warehouses first appear, each with what it weighs. A unit whose weight is
 * unknown counts {@value #UNKNOWN_UNIT_WEIGHT_GRAMS} g, so an order from before weights
 * existed is still shipped, by a service that surely takes it.
 */
public final class ParcelPlan {

	/** The weight assumed for one unit whose weight nobody told us. */
	public static final int UNKNOWN_UNIT_WEIGHT_GRAMS = 1000;

	private ParcelPlan() {
	}

	/**
	 * @param lines the allocated units
	 * @param defaultWarehouse where units without a warehouse of their own are reserved
	 * @return one parcel per warehouse
	 */
	public static List<Parcel> split(List<Units> lines, String defaultWarehouse) {
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("an allocation to ship needs at least one line");
		}
		Map<String, List<Units>> byWarehouse = new LinkedHashMap<>();
		for (Units line : lines) {
			String warehouse = (line.warehouse() != null && !line.warehouse().isBlank()) ? line.warehouse()
					: defaultWarehouse;
			if (warehouse == null || warehouse.isBlank()) {
				throw new IllegalArgumentException("line " + line.sku() + " is reserved in no warehouse");
			}
			byWarehouse.computeIfAbsent(warehouse, (w) -> new ArrayList<>()).add(line);
		}
		List<Parcel> parcels = new ArrayList<>();
		byWarehouse.forEach((warehouse, units) -> parcels.add(new Parcel(warehouse,
				units.stream().map((u) -> new ShipmentLine(u.sku(), u.quantity())).toList(), weightOf(units))));
		return parcels;
	}

	private static int weightOf(List<Units> units) {
		long grams = 0;
		for (Units u : units) {
			int unitWeight = (u.unitWeightGrams() != null) ? u.unitWeightGrams() : UNKNOWN_UNIT_WEIGHT_GRAMS;
			grams += (long) unitWeight * u.quantity();
		}
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, grams));
	}

	/**
	 * Units of one SKU reserved in a warehouse.
	 *
	 * @param sku the product
	 * @param quantity how many units
	 * @param warehouse where they are reserved; null for the allocation's warehouse
	 * @param unitWeightGrams what one unit weighs; null when unknown
	 */
	public record Units(String sku, int quantity, String warehouse, Integer unitWeightGrams) {
	}

	/**
	 * What leaves one warehouse.
	 *
	 * @param warehouse where it leaves from
	 * @param lines what is in it
	 * @param weightGrams what it weighs
	 */
	public record Parcel(String warehouse, List<ShipmentLine> lines, int weightGrams) {
	}

}

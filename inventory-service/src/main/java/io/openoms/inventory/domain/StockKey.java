package io.openoms.inventory.domain;

import java.util.Comparator;

/**
 * Identifies one stock level: a SKU in a warehouse.
 *
 * @param sku the product
 * @param warehouse the warehouse code
 */
public record StockKey(String sku, String warehouse) {

	/**
	 * SKU, then warehouse: the one order in which stock rows are locked, so lockers never
	 * deadlock.
	 */
	public static final Comparator<StockKey> LOCK_ORDER = Comparator.comparing(StockKey::sku)
		.thenComparing(StockKey::warehouse);

	public StockKey {
		requireCode(sku, "sku");
		requireCode(warehouse, "warehouse");
	}

	static void requireCode(String code, String name) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	@Override
	public String toString() {
		return this.sku + "@" + this.warehouse;
	}

}

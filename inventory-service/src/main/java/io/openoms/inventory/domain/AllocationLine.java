package io.openoms.inventory.domain;

import java.util.Objects;

/**
 * Units of one SKU reserved in one warehouse.
 *
 * @param key the SKU and the warehouse
 * @param quantity units reserved, at least one
 */
public record AllocationLine(StockKey key, int quantity) {

	public AllocationLine {
		Objects.requireNonNull(key, "key");
		if (quantity < 1) {
			throw new IllegalArgumentException("an allocation line reserves at least one unit, was " + quantity);
		}
	}

	public String sku() {
		return this.key.sku();
	}

	public String warehouse() {
		return this.key.warehouse();
	}

}

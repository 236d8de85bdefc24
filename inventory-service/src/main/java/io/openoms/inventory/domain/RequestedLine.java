package io.openoms.inventory.domain;

/**
 * Units of one SKU an order needs.
 *
 * @param sku the product
 * @param quantity units, at least one
 */
public record RequestedLine(String sku, int quantity) {

	public RequestedLine {
		StockKey.requireCode(sku, "sku");
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity of " + sku + " must be at least 1, was " + quantity);
		}
	}

}

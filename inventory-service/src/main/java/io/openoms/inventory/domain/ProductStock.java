package io.openoms.inventory.domain;

import java.util.Objects;

/**
 * The stock settings of one product (SKU), over all warehouses.
 *
 * @param sku the product
 * @param backordersAllowed whether an order that did not choose waits for this product
 * when it is short (the product-level default of the backorder choice)
 * @param lowStockThreshold a StockRanLow alert is raised when the available units fall to
 * this or below; 0 raises only StockRanOut
 * @param alertState where the available units stood at the last change
 */
public record ProductStock(String sku, boolean backordersAllowed, int lowStockThreshold, StockAlertState alertState) {

	public ProductStock {
		StockKey.requireCode(sku, "sku");
		if (lowStockThreshold < 0) {
			throw new IllegalArgumentException("the low-stock threshold of " + sku + " must not be negative");
		}
		Objects.requireNonNull(alertState, "alertState");
	}

	/** A product first seen: no backorders, no low-stock threshold. */
	public static ProductStock firstSeen(String sku) {
		return new ProductStock(sku, false, 0, StockAlertState.NORMAL);
	}

}

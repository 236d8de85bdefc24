package io.openoms.inventory.application;

import java.util.Collection;

import io.openoms.inventory.domain.ProductStock;
import io.openoms.inventory.domain.StockAlertState;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;

/**
 * Raises StockRanLow and StockRanOut when a SKU's available units (over all warehouses)
 * cross its low-stock threshold or reach zero; once per crossing, because the product
 * remembers where it stood.
 */
@Component
class StockAlerts {

	private final Products products;

	private final StockLevels levels;

	private final Allocations allocations;

	private final StockAlertPublisher publisher;

	StockAlerts(Products products, StockLevels levels, Allocations allocations, StockAlertPublisher publisher) {
		this.products = products;
		this.levels = levels;
		this.allocations = allocations;
		this.publisher = publisher;
	}

	/** Checks the SKUs, in SKU order (the order product rows are locked in). */
	void check(Collection<String> skus, Causation causation) {
		skus.stream().sorted().forEach((sku) -> check(sku, causation));
	}

	private void check(String sku, Causation causation) {
		ProductStock product = this.products.lock(sku);
		int available = this.levels.all(sku).stream().mapToInt(StockLevel::available).sum();
		StockAlertState next = StockAlertState.of(available, product.lowStockThreshold());
		if (next == product.alertState()) {
			return;
		}
		if (product.alertState().raisesAlertWhenMovingTo(next)) {
			if (next == StockAlertState.OUT) {
				this.publisher.ranOut(sku, this.allocations.backorderedUnits(sku), causation);
			}
			else {
				this.publisher.ranLow(sku, available, product.lowStockThreshold(), causation);
			}
		}
		this.products.save(new ProductStock(sku, product.backordersAllowed(), product.lowStockThreshold(), next));
	}

}

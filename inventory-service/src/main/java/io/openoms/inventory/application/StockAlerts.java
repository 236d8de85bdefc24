package io.openoms.inventory.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

	/**
	 * Checks the SKUs with three statements however many there are: a transaction of a
	 * consumed batch changes the stock of many.
	 */
	void check(Collection<String> skus, Causation causation) {
		if (skus.isEmpty()) {
			return;
		}
		List<ProductStock> locked = this.products.lockAll(skus);
		Map<String, Integer> available = this.levels.allOf(skus)
			.stream()
			.collect(Collectors.groupingBy(StockLevel::sku, Collectors.summingInt(StockLevel::available)));
		locked.forEach((product) -> check(product, available.getOrDefault(product.sku(), 0), causation));
	}

	private void check(ProductStock product, int available, Causation causation) {
		String sku = product.sku();
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

package io.openoms.inventory.web;

import java.util.List;

import io.openoms.inventory.domain.ProductStock;
import io.openoms.inventory.domain.StockLevel;

/**
 * One SKU: totals over all warehouses, units waiting orders still need, the product's
 * stock settings, and each warehouse's level.
 */
record SkuStockResponse(String sku, int onHand, int reserved, int available, int backordered, boolean backordersAllowed,
		int lowStockThreshold, String alertState, List<WarehouseStock> warehouses) {

	static SkuStockResponse of(String sku, List<StockLevel> levels, ProductStock product, int backordered) {
		List<WarehouseStock> warehouses = levels.stream()
			.map((level) -> new WarehouseStock(level.warehouse(), level.onHand(), level.reserved(), level.available()))
			.toList();
		return new SkuStockResponse(sku, levels.stream().mapToInt(StockLevel::onHand).sum(),
				levels.stream().mapToInt(StockLevel::reserved).sum(),
				levels.stream().mapToInt(StockLevel::available).sum(), backordered, product.backordersAllowed(),
				product.lowStockThreshold(), product.alertState().name(), warehouses);
	}

	record WarehouseStock(String warehouse, int onHand, int reserved, int available) {
	}

}

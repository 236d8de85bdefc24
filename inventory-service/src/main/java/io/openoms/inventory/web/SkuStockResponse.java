package io.openoms.inventory.web;

import java.util.List;

import io.openoms.inventory.domain.StockLevel;

/** One SKU: totals over all warehouses, and each warehouse's level. */
record SkuStockResponse(String sku, int onHand, int reserved, int available, List<WarehouseStock> warehouses) {

	static SkuStockResponse of(String sku, List<StockLevel> levels) {
		List<WarehouseStock> warehouses = levels.stream()
			.map((level) -> new WarehouseStock(level.warehouse(), level.onHand(), level.reserved(), level.available()))
			.toList();
		return new SkuStockResponse(sku, levels.stream().mapToInt(StockLevel::onHand).sum(),
				levels.stream().mapToInt(StockLevel::reserved).sum(),
				levels.stream().mapToInt(StockLevel::available).sum(), warehouses);
	}

	record WarehouseStock(String warehouse, int onHand, int reserved, int available) {
	}

}

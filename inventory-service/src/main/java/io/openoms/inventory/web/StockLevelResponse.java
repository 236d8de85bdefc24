package io.openoms.inventory.web;

import io.openoms.inventory.domain.StockLevel;

/** One SKU in one warehouse. */
record StockLevelResponse(String sku, String warehouse, int onHand, int reserved, int available) {

	static StockLevelResponse of(StockLevel level) {
		return new StockLevelResponse(level.sku(), level.warehouse(), level.onHand(), level.reserved(),
				level.available());
	}

}

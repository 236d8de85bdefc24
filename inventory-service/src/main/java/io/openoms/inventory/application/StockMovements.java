package io.openoms.inventory.application;

import java.util.List;

import io.openoms.inventory.domain.StockMovement;

/** The append-only history of every stock change. */
public interface StockMovements {

	void append(List<StockMovement> movements);

	/** The SKU's movements in every warehouse, newest first. */
	List<StockMovement> latestOf(String sku, int limit);

}

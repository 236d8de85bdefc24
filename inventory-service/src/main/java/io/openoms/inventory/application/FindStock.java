package io.openoms.inventory.application;

import java.util.List;

import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What operators look at: levels and their history. */
@Component
@Transactional(readOnly = true)
public class FindStock {

	private final StockLevels levels;

	private final StockMovements movements;

	FindStock(StockLevels levels, StockMovements movements) {
		this.levels = levels;
		this.movements = movements;
	}

	/** Every level, or the levels of one SKU; empty if there is none. */
	public List<StockLevel> levels(String skuOrNull) {
		return this.levels.all(skuOrNull);
	}

	/** The SKU's level in each warehouse that stocks it. */
	public List<StockLevel> ofSku(String sku) {
		List<StockLevel> levels = this.levels.all(sku);
		if (levels.isEmpty()) {
			throw new UnknownSkuException(sku);
		}
		return levels;
	}

	/** The SKU's movements in every warehouse, newest first. */
	public List<StockMovement> movementsOf(String sku, int limit) {
		ofSku(sku);
		return this.movements.latestOf(sku, limit);
	}

}

package io.openoms.inventory.application;

import java.util.Collection;
import java.util.List;

import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;

/** The stock levels, one per SKU and warehouse. */
public interface StockLevels {

	/**
	 * Locks every warehouse's level of the SKUs until the transaction ends, in
	 * {@link StockKey#LOCK_ORDER}, and returns them as they are now. SKUs without a level
	 * are simply absent.
	 */
	List<StockLevel> lockAllOf(Collection<String> skus);

	/** Locks the levels until the transaction ends, in {@link StockKey#LOCK_ORDER}. */
	List<StockLevel> lock(Collection<StockKey> keys);

	/**
	 * Creates an empty level (a SKU's first receipt in a warehouse); does nothing if it
	 * exists.
	 */
	void createIfAbsent(StockKey key);

	/** Writes the levels, which must exist and be distinct. */
	void updateAll(List<StockLevel> levels);

	/** Every level, optionally of one SKU only, ordered by SKU and warehouse. */
	List<StockLevel> all(String skuOrNull);

	/** Every warehouse's level of the SKUs, ordered by SKU and warehouse. */
	List<StockLevel> allOf(Collection<String> skus);

}

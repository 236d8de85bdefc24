package io.openoms.contracts.inventory;

import io.openoms.contracts.Nullable;

/**
 * Units of one SKU reserved for an order.
 *
 * @param sku the product
 * @param quantity units reserved
 * @param warehouse the warehouse these units are reserved in, when an allocation spans
 * several; null means the allocation's own {@code warehouse} (one warehouse for the whole
 * allocation, and every producer before this component existed)
 */
public record AllocatedLine(String sku, int quantity, @Nullable String warehouse) {

	/** Units reserved in the allocation's one warehouse. */
	public AllocatedLine(String sku, int quantity) {
		this(sku, quantity, null);
	}

}

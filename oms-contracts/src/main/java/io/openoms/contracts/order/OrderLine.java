package io.openoms.contracts.order;

import io.openoms.contracts.Money;
import io.openoms.contracts.Nullable;

/**
 * One line of an order as priced by order-service.
 *
 * @param sku the product's stock keeping unit
 * @param quantity how many units, at least one
 * @param unitPrice the price of one unit
 * @param unitWeightGrams the shipping weight of one unit in grams, from order-service's
 * catalog; null when unknown (old producers, a product without a weight)
 */
public record OrderLine(String sku, int quantity, Money unitPrice, @Nullable Integer unitWeightGrams) {

	/** A line whose weight is unknown. */
	public OrderLine(String sku, int quantity, Money unitPrice) {
		this(sku, quantity, unitPrice, null);
	}

}

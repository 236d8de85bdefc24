package io.openoms.order.application;

import java.util.Collection;
import java.util.Map;

import io.openoms.contracts.Money;

/**
 * The prices order-service charges. Clients name SKUs and quantities; the catalog sets
 * prices.
 */
public interface Catalog {

	/**
	 * The current unit price of each active SKU among {@code skus}; unknown or inactive
	 * SKUs are absent.
	 */
	Map<String, Money> unitPrices(Collection<String> skus);

	/**
	 * What one unit of each SKU among {@code skus} weighs when shipped, in grams; SKUs
	 * without a known weight are absent.
	 */
	Map<String, Integer> unitWeightsGrams(Collection<String> skus);

}

package io.openoms.inventory.application;

import java.util.Collection;
import java.util.Optional;

import io.openoms.inventory.domain.ProductStock;

/** The products' stock settings, one per SKU. */
public interface Products {

	Optional<ProductStock> find(String sku);

	/**
	 * Locks the product until the transaction ends, creating it with
	 * {@link ProductStock#firstSeen} defaults if absent.
	 */
	ProductStock lock(String sku);

	void save(ProductStock product);

	/** Whether every SKU is a product that allows backorders. */
	boolean allAllowBackorders(Collection<String> skus);

}

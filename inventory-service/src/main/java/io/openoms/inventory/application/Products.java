package io.openoms.inventory.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.openoms.inventory.domain.ProductStock;

/** The products' stock settings, one per SKU. */
public interface Products {

	Optional<ProductStock> find(String sku);

	/**
	 * Locks the products until the transaction ends, in SKU order, creating those absent
	 * with {@link ProductStock#firstSeen} defaults.
	 * @return one per distinct SKU, in SKU order
	 */
	List<ProductStock> lockAll(Collection<String> skus);

	void save(ProductStock product);

	/** Whether every SKU is a product that allows backorders. */
	boolean allAllowBackorders(Collection<String> skus);

}

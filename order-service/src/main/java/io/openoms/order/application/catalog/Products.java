package io.openoms.order.application.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.openoms.order.domain.catalog.Product;

/** Where the catalog is kept. */
public interface Products {

	/** Adds a product; false if its SKU exists already. */
	boolean add(Product product);

	void update(Product product);

	Optional<Product> find(String sku);

	/**
	 * The active products among {@code skus}, by SKU; unknown or inactive ones are
	 * absent.
	 */
	Map<String, Product> findActive(Collection<String> skus);

	/**
	 * Products ordered by SKU, after {@code afterSku} (null: from the first).
	 * @param category only this category; null: all
	 * @param activeOnly true: only active products
	 */
	List<Product> list(String category, boolean activeOnly, String afterSku, int limit);

}

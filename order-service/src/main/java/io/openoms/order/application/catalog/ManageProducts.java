package io.openoms.order.application.catalog;

import java.util.List;

import io.openoms.order.domain.catalog.Product;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's changes to the catalog. Orders placed earlier keep the prices and
 * weights they were placed with.
 */
@Component
public class ManageProducts {

	private final Products products;

	ManageProducts(Products products) {
		this.products = products;
	}

	@Transactional
	public Product create(Product product) {
		if (!this.products.add(product)) {
			throw new ProductExistsException(product.sku());
		}
		return product;
	}

	/** Replaces the product's details; its SKU stays. */
	@Transactional
	public Product update(Product product) {
		find(product.sku());
		this.products.update(product);
		return product;
	}

	/** New orders can no longer name the product; deactivating twice changes nothing. */
	@Transactional
	public Product deactivate(String sku) {
		Product product = find(sku).deactivated();
		this.products.update(product);
		return product;
	}

	@Transactional(readOnly = true)
	public Product find(String sku) {
		return this.products.find(sku).orElseThrow(() -> new ProductNotFoundException(sku));
	}

	@Transactional(readOnly = true)
	public List<Product> list(String category, boolean activeOnly, String afterSku, int limit) {
		return this.products.list(category, activeOnly, afterSku, limit);
	}

}

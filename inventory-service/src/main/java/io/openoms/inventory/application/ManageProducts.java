package io.openoms.inventory.application;

import java.util.List;

import io.openoms.inventory.domain.ProductStock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates a product's stock record: whether orders wait for it by default when
 * it is short, and its low-stock threshold.
 */
@Component
public class ManageProducts {

	private final Products products;

	ManageProducts(Products products) {
		this.products = products;
	}

	@Transactional
	public ProductStock set(String sku, boolean backordersAllowed, int lowStockThreshold) {
		ProductStock current = this.products.lockAll(List.of(sku)).get(0);
		ProductStock updated = new ProductStock(sku, backordersAllowed, lowStockThreshold, current.alertState());
		this.products.save(updated);
		return updated;
	}

}

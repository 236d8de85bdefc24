package io.openoms.order.web.catalog;

import io.openoms.contracts.Money;
import io.openoms.order.domain.catalog.Product;

/** A product as the API shows it. */
record ProductResponse(String sku, String name, String description, String category, Money listPrice,
		Integer weightGrams, boolean active) {

	static ProductResponse of(Product p) {
		return new ProductResponse(p.sku(), p.name(), p.description(), p.category(), p.listPrice(), p.unitWeightGrams(),
				p.active());
	}

}

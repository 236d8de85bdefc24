package io.openoms.order.domain.catalog;

import java.util.Objects;

import io.openoms.contracts.Money;

/**
 * A product of the catalog. Orders are placed for active products only; their lines keep
 * the list price and weight as they were then.
 *
 * @param sku the stock-keeping unit, unique
 * @param name what customers read
 * @param description longer text, null if none
 * @param category the category pricing rules can target, null if none
 * @param listPrice the unit price, tax included (ADR 0014)
 * @param unitWeightGrams what one unit weighs when shipped; null: unknown
 * @param active false once an operator deactivated it
 */
public record Product(String sku, String name, String description, String category, Money listPrice,
		Integer unitWeightGrams, boolean active) {

	public Product {
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(listPrice, "listPrice");
		if (unitWeightGrams != null && unitWeightGrams < 1) {
			throw new IllegalArgumentException("a weight must be positive, was " + unitWeightGrams);
		}
	}

	public Product deactivated() {
		return new Product(this.sku, this.name, this.description, this.category, this.listPrice, this.unitWeightGrams,
				false);
	}

}

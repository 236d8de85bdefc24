package io.openoms.order.domain;

import java.util.Objects;

import io.openoms.contracts.Money;

/**
 * One priced line of an order. The unit price comes from the catalog when the order is
 * placed, never from the client; so does the unit's shipping weight in grams (null when
 * the catalog does not know it).
 */
public record OrderLine(String sku, int quantity, Money unitPrice, Integer unitWeightGrams) {

	/** A line whose weight is unknown. */
	public OrderLine(String sku, int quantity, Money unitPrice) {
		this(sku, quantity, unitPrice, null);
	}

	public OrderLine {
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(unitPrice, "unitPrice");
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
		}
	}

	public Money lineTotal() {
		return this.unitPrice.times(this.quantity);
	}

}

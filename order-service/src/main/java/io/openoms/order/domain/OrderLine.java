package io.openoms.order.domain;

import java.util.Objects;

import io.openoms.contracts.Money;

/**
 * One priced line of an order. The unit price comes from the catalog when the order is
 * placed, never from the client.
 */
public record OrderLine(String sku, int quantity, Money unitPrice) {

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

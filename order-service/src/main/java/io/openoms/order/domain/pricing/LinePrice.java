package io.openoms.order.domain.pricing;

import java.util.List;

import io.openoms.contracts.Money;

/**
 * How one line was priced. Catalog prices include tax (ADR 0014), so {@code total} is
 * what the customer pays for the line and {@code tax} the part of it that is tax.
 *
 * @param sku the product
 * @param quantity how many
 * @param listPrice the catalog's unit price, tax included
 * @param listAmount list price times quantity
 * @param discounts the line-level discounts, in the order they were applied
 * @param orderDiscountShare this line's share of the order-level discounts
 * @param total list amount less all discounts, tax included
 * @param net total less tax
 * @param tax the tax included in the total, rounded half-even
 */
public record LinePrice(String sku, int quantity, Money listPrice, Money listAmount, List<AppliedDiscount> discounts,
		Money orderDiscountShare, Money total, Money net, Money tax) {

	public LinePrice {
		discounts = List.copyOf(discounts);
	}

}

package io.openoms.order.domain.pricing;

import java.util.List;
import java.util.Objects;

import io.openoms.contracts.Money;

/**
 * The price of an order as it was placed, kept with the order forever.
 *
 * @param lines each line's price, in the order's line order
 * @param orderDiscounts the order-level discounts, in the order they were applied
 * @param couponCode the coupon the order was placed with; null if none
 * @param taxCountry the destination whose rate applied
 * @param taxRateBasisPoints the rate in hundredths of a percent (1900 is 19 %)
 * @param subtotal the sum of the lines' list amounts
 * @param discounts every discount, line and order level
 * @param net total less tax
 * @param tax the sum of the lines' tax
 * @param total what is charged: subtotal less discounts
 */
public record PriceBreakdown(List<LinePrice> lines, List<AppliedDiscount> orderDiscounts, String couponCode,
		String taxCountry, int taxRateBasisPoints, Money subtotal, Money discounts, Money net, Money tax, Money total) {

	public PriceBreakdown {
		lines = List.copyOf(lines);
		orderDiscounts = List.copyOf(orderDiscounts);
		Objects.requireNonNull(total, "total");
		if (subtotal.minus(discounts).amountMinor() != total.amountMinor()
				|| net.plus(tax).amountMinor() != total.amountMinor()) {
			throw new IllegalArgumentException("inconsistent breakdown: " + subtotal + " - " + discounts + " != "
					+ total + " or " + net + " + " + tax + " != " + total);
		}
	}

}

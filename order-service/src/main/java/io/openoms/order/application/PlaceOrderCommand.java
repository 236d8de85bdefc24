package io.openoms.order.application;

import java.util.List;

import io.openoms.order.domain.Fulfilment;
import io.openoms.order.domain.ShippingAddress;

/**
 * A request to place an order: what to buy, where to send it, how to pay, how to fulfil
 * it, optionally a coupon code and the customer's e-mail. Prices are not part of it.
 */
public record PlaceOrderCommand(String customerId, List<Line> lines, ShippingAddress shippingAddress,
		String paymentMethod, Fulfilment fulfilment, String couponCode, String customerEmail) {

	/** An order without coupon or e-mail. */
	public PlaceOrderCommand(String customerId, List<Line> lines, ShippingAddress shippingAddress, String paymentMethod,
			Fulfilment fulfilment) {
		this(customerId, lines, shippingAddress, paymentMethod, fulfilment, null, null);
	}

	/** A standard order. */
	public PlaceOrderCommand(String customerId, List<Line> lines, ShippingAddress shippingAddress,
			String paymentMethod) {
		this(customerId, lines, shippingAddress, paymentMethod, Fulfilment.STANDARD);
	}

	public record Line(String sku, int quantity) {
	}

}

package io.openoms.order.application;

import java.util.List;

import io.openoms.order.domain.ShippingAddress;

/**
 * A request to place an order: what to buy, where to send it, how to pay. Prices are not
 * part of it.
 */
public record PlaceOrderCommand(String customerId, List<Line> lines, ShippingAddress shippingAddress,
		String paymentMethod) {

	public record Line(String sku, int quantity) {
	}

}

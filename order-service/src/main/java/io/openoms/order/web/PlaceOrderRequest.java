package io.openoms.order.web;

import java.util.List;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.order.application.PlaceOrderCommand;
import io.openoms.order.domain.Fulfilment;

/**
 * The body of {@code POST /api/orders}. It has no price, total or status field: the
 * server sets those, and a body that sends them is rejected as having unknown fields.
 * {@code priority} ({@code STANDARD} by default, or {@code EXPRESS}), {@code backorder}
 * ({@code WAIT} or {@code REJECT} when stock is short; by default each product's setting
 * decides), {@code partialAllocation} (false by default), {@code channel} (the sales
 * channel, {@code api} by default), {@code couponCode} (a coupon of the pricing rules)
 * and {@code customerEmail} (kept on the customer's profile) are optional. The rules
 * every field must meet are {@link PlaceOrderCommand}'s, shared with upstream
 * {@code OrderPlaced} events.
 */
record PlaceOrderRequest(String customerId, List<Line> lines, Address shippingAddress, String paymentMethod,
		OrderPriority priority, BackorderPolicy backorder, Boolean partialAllocation, String channel, String couponCode,
		String customerEmail) {

	PlaceOrderCommand toCommand() {
		return new PlaceOrderCommand(this.customerId,
				(this.lines != null) ? this.lines.stream()
					.map((line) -> (line != null) ? new PlaceOrderCommand.Line(line.sku(), line.quantity()) : null)
					.toList() : null,
				(this.shippingAddress != null) ? new PlaceOrderCommand.Address(this.shippingAddress.name(),
						this.shippingAddress.line1(), this.shippingAddress.line2(), this.shippingAddress.postalCode(),
						this.shippingAddress.city(), this.shippingAddress.country()) : null,
				this.paymentMethod,
				new Fulfilment(this.priority, this.backorder, Boolean.TRUE.equals(this.partialAllocation)),
				this.couponCode, this.customerEmail);
	}

	record Line(String sku, Integer quantity) {
	}

	record Address(String name, String line1, String line2, String postalCode, String city, String country) {
	}

}

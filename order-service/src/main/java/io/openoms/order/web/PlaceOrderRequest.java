package io.openoms.order.web;

import java.util.List;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.order.application.PlaceOrderCommand;
import io.openoms.order.domain.Fulfilment;
import io.swagger.v3.oas.annotations.media.Schema;

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
@Schema(description = "An order to place. Prices, discounts, tax, totals and status are not part of it: the server "
		+ "computes them, and a body with a field not listed here is rejected (400).",
		requiredProperties = { "customerId", "lines", "shippingAddress", "paymentMethod" }, example = """
				{"customerId": "customer-42", "lines": [{"sku": "MUG-LOGO", "quantity": 2}],
				 "shippingAddress": {"name": "Ada Lovelace", "line1": "Main St 1", "postalCode": "10115",
				                     "city": "Berlin", "country": "DE"},
				 "paymentMethod": "pm_card_visa", "couponCode": "WELCOME10"}""")
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

	@Schema(name = "PlaceOrderLine", description = "A SKU of the catalog and how many (at least 1)",
			requiredProperties = { "sku", "quantity" })
	record Line(String sku, Integer quantity) {
	}

	@Schema(name = "PlaceOrderAddress",
			description = "Where the parcel goes; `country` is ISO 3166-1 alpha-2 and " + "selects the tax rate",
			requiredProperties = { "name", "line1", "postalCode", "city", "country" })
	record Address(String name, String line1, String line2, String postalCode, String city, String country) {
	}

}

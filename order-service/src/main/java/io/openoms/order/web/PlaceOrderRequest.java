package io.openoms.order.web;

import java.util.List;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.order.application.PlaceOrderCommand;
import io.openoms.order.domain.Fulfilment;
import io.openoms.order.domain.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders}. It has no price, total or status field: the
 * server sets those, and a body that sends them is rejected as having unknown fields.
 * {@code priority} ({@code STANDARD} by default, or {@code EXPRESS}), {@code backorder}
 * ({@code WAIT} or {@code REJECT} when stock is short; by default each product's setting
 * decides) and {@code partialAllocation} (false by default) are optional, and so are
 * {@code couponCode} (a coupon of the pricing rules) and {@code customerEmail} (kept on
 * the customer's profile).
 */
record PlaceOrderRequest(@NotBlank @Size(max = 100) String customerId,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines, @NotNull @Valid Address shippingAddress,
		@NotBlank @Size(max = 100) String paymentMethod, OrderPriority priority, BackorderPolicy backorder,
		Boolean partialAllocation, @Size(max = 50) String couponCode, @Email @Size(max = 320) String customerEmail) {

	PlaceOrderCommand toCommand() {
		return new PlaceOrderCommand(this.customerId.strip(),
				this.lines.stream()
					.map((line) -> new PlaceOrderCommand.Line(line.sku().strip(), line.quantity()))
					.toList(),
				new ShippingAddress(this.shippingAddress.name(), this.shippingAddress.line1(),
						this.shippingAddress.line2(), this.shippingAddress.postalCode(), this.shippingAddress.city(),
						this.shippingAddress.country()),
				this.paymentMethod.strip(),
				new Fulfilment(this.priority, this.backorder, Boolean.TRUE.equals(this.partialAllocation)),
				(this.couponCode != null && !this.couponCode.isBlank()) ? this.couponCode.strip() : null,
				(this.customerEmail != null && !this.customerEmail.isBlank()) ? this.customerEmail.strip() : null);
	}

	record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(10_000) Integer quantity) {
	}

	record Address(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String line1,
			@Size(max = 200) String line2, @NotBlank @Size(max = 20) String postalCode,
			@NotBlank @Size(max = 100) String city, @NotNull @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {
	}

}

package io.openoms.order.application;

import java.util.List;

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
 * A request to place an order: what to buy, where to send it, how to pay, how to fulfil
 * it, optionally a coupon code and the customer's e-mail. Prices are not part of it. Its
 * constraints are the one set of rules for every entry (HTTP and upstream
 * {@code OrderPlaced}): {@link PlaceOrder} checks them and names each field that breaks
 * one, by the same name the HTTP body and the event use. A blank coupon code or e-mail is
 * none.
 */
public record PlaceOrderCommand(@NotBlank @Size(max = 100) String customerId,
		@NotEmpty @Size(max = MAX_LINES,
				message = "at most " + MAX_LINES + " lines per order") List<@NotNull @Valid Line> lines,
		@NotNull @Valid Address shippingAddress, @NotBlank @Size(max = 100) String paymentMethod, Fulfilment fulfilment,
		@Size(max = 50) String couponCode, @Email @Size(max = 320) String customerEmail) {

	/** The most lines one order may have. */
	public static final int MAX_LINES = 100;

	/** The most units of one SKU one line may have. */
	public static final int MAX_QUANTITY = 10_000;

	public PlaceOrderCommand {
		fulfilment = (fulfilment != null) ? fulfilment : Fulfilment.STANDARD;
		couponCode = (couponCode != null && !couponCode.isBlank()) ? couponCode.strip() : null;
		customerEmail = (customerEmail != null && !customerEmail.isBlank()) ? customerEmail.strip() : null;
	}

	/** An order without coupon or e-mail. */
	public PlaceOrderCommand(String customerId, List<Line> lines, Address shippingAddress, String paymentMethod,
			Fulfilment fulfilment) {
		this(customerId, lines, shippingAddress, paymentMethod, fulfilment, null, null);
	}

	/** A standard order. */
	public PlaceOrderCommand(String customerId, List<Line> lines, Address shippingAddress, String paymentMethod) {
		this(customerId, lines, shippingAddress, paymentMethod, Fulfilment.STANDARD);
	}

	public record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity) {
	}

	/** Where to ship; {@code line2} is optional. */
	public record Address(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String line1,
			@Size(max = 200) String line2, @NotBlank @Size(max = 20) String postalCode,
			@NotBlank @Size(max = 100) String city, @NotNull @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {

		ShippingAddress toDomain() {
			return new ShippingAddress(this.name.strip(), this.line1.strip(),
					(this.line2 != null && !this.line2.isBlank()) ? this.line2.strip() : null, this.postalCode.strip(),
					this.city.strip(), this.country);
		}

	}

}

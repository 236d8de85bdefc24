package io.openoms.order.domain;

import java.util.Objects;

/**
 * Where the order is delivered; {@code line2} is optional, {@code country} is ISO 3166-1
 * alpha-2.
 */
public record ShippingAddress(String name, String line1, String line2, String postalCode, String city, String country) {

	public ShippingAddress {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(line1, "line1");
		Objects.requireNonNull(postalCode, "postalCode");
		Objects.requireNonNull(city, "city");
		Objects.requireNonNull(country, "country");
	}

}

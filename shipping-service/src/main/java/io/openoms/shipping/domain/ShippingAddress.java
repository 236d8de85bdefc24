package io.openoms.shipping.domain;

import java.util.regex.Pattern;

/**
 * Where a parcel goes.
 *
 * @param name recipient
 * @param line1 street and number
 * @param line2 optional second address line, may be null
 * @param postalCode postal code
 * @param city city
 * @param country ISO 3166-1 alpha-2 country code
 */
public record ShippingAddress(String name, String line1, String line2, String postalCode, String city, String country) {

	private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Z]{2}");

	public ShippingAddress {
		requireText(name, "name");
		requireText(line1, "line1");
		requireText(postalCode, "postalCode");
		requireText(city, "city");
		if (country == null || !ISO_COUNTRY.matcher(country).matches()) {
			throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as DE, was " + country);
		}
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("address " + field + " must not be blank");
		}
	}

}

package io.openoms.contracts.order;

import io.openoms.contracts.Nullable;

/**
 * Where an order is delivered.
 *
 * @param name recipient
 * @param line1 street and number
 * @param line2 optional second address line, may be null
 * @param postalCode postal code
 * @param city city
 * @param country ISO 3166-1 alpha-2 country code
 */
public record ShippingAddress(String name, String line1, @Nullable String line2, String postalCode, String city,
		String country) {
}

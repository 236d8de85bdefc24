package io.openoms.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in the currency's minor units (cents for EUR and USD) and an ISO
 * 4217 currency code. The one money type of the product: no floating point ever touches
 * money.
 *
 * @param amountMinor the amount in minor units, never negative
 * @param currency ISO 4217 alphabetic code, upper case, for example {@code EUR}
 */
public record Money(long amountMinor, String currency) {

	private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

	public Money {
		Objects.requireNonNull(currency, "currency");
		if (!ISO_CURRENCY.matcher(currency).matches()) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, was " + currency);
		}
		if (amountMinor < 0) {
			throw new IllegalArgumentException("amount must not be negative, was " + amountMinor);
		}
	}

	public static Money zero(String currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(this.amountMinor, other.amountMinor), this.currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.subtractExact(this.amountMinor, other.amountMinor), this.currency);
	}

	public Money times(int quantity) {
		return new Money(Math.multiplyExact(this.amountMinor, quantity), this.currency);
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + this.currency + " with " + other.currency);
		}
	}

}

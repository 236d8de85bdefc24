package io.openoms.order.domain.pricing;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * A discount an operator set up. See {@link PricingEngine} for when it applies and in
 * which order.
 *
 * @param id the rule, named in the price breakdown of every order it discounted
 * @param name what the customer and the operator read, for example "Summer sale"
 * @param kind a percentage of the amount, or a fixed amount
 * @param percentBasisPoints for {@link Kind#PERCENTAGE}: hundredths of a percent (1000 is
 * 10 %), 1 to 10000; otherwise 0
 * @param amount for {@link Kind#FIXED_AMOUNT}: off each unit of a matching line
 * ({@link Scope#SKU}, {@link Scope#CATEGORY}) or off the order once
 * ({@link Scope#ORDER}); otherwise null
 * @param scope what the rule discounts
 * @param target the SKU or the category for the line scopes; null for {@link Scope#ORDER}
 * @param validFrom the first instant the rule applies; null: always has
 * @param validUntil the first instant it no longer applies; null: open-ended
 * @param minQuantity the least quantity of a matching line; null: any
 * @param minOrderValue the least order value (line rules: the order's list value; order
 * rules: its value after line discounts); null: any
 * @param couponCode the code the order must carry for the rule to apply (compared
 * ignoring case); null: applies automatically
 * @param stackable true: applies on top of other rules; false: only the best of the
 * non-stackable rules of its group applies
 * @param active false once an operator deactivated it
 */
public record PricingRule(UUID id, String name, Kind kind, int percentBasisPoints, Money amount, Scope scope,
		String target, Instant validFrom, Instant validUntil, Integer minQuantity, Money minOrderValue,
		String couponCode, boolean stackable, boolean active) {

	public PricingRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(scope, "scope");
		if (kind == Kind.PERCENTAGE && (percentBasisPoints < 1 || percentBasisPoints > 10_000)) {
			throw new IllegalArgumentException("a percentage must be 0.01 % to 100 %, was " + percentBasisPoints);
		}
		if (kind == Kind.FIXED_AMOUNT && (amount == null || amount.amountMinor() < 1)) {
			throw new IllegalArgumentException("a fixed-amount rule needs a positive amount");
		}
		if ((scope == Scope.ORDER) != (target == null)) {
			throw new IllegalArgumentException("SKU and CATEGORY rules name a target, ORDER rules none");
		}
		if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
			throw new IllegalArgumentException("validUntil must be after validFrom");
		}
		if (amount != null && minOrderValue != null && !amount.currency().equals(minOrderValue.currency())) {
			throw new IllegalArgumentException("amount and minOrderValue must be in one currency");
		}
		if (minQuantity != null && minQuantity < 1) {
			throw new IllegalArgumentException("minQuantity must be at least 1");
		}
		couponCode = (couponCode != null) ? couponCode.toUpperCase(Locale.ROOT) : null;
	}

	/** The rule as it is after an operator deactivated it. */
	public PricingRule deactivated() {
		return new PricingRule(this.id, this.name, this.kind, this.percentBasisPoints, this.amount, this.scope,
				this.target, this.validFrom, this.validUntil, this.minQuantity, this.minOrderValue, this.couponCode,
				this.stackable, false);
	}

	boolean isCoupon() {
		return this.couponCode != null;
	}

	boolean isLineRule() {
		return this.scope != Scope.ORDER;
	}

	boolean appliesAt(Instant at) {
		return this.active && (this.validFrom == null || !at.isBefore(this.validFrom))
				&& (this.validUntil == null || at.isBefore(this.validUntil));
	}

	boolean matches(String sku, String category) {
		return switch (this.scope) {
			case SKU -> this.target.equals(sku);
			case CATEGORY -> this.target.equals(category);
			case ORDER -> true;
		};
	}

	public enum Kind {

		PERCENTAGE, FIXED_AMOUNT

	}

	public enum Scope {

		SKU, CATEGORY, ORDER

	}

}

package io.openoms.order.web.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.application.InvalidOrderException;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.domain.pricing.PricingRule;
import io.openoms.order.domain.pricing.PricingRule.Kind;
import io.openoms.order.domain.pricing.PricingRule.Scope;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/pricing/rules}. {@code PERCENTAGE} rules name
 * {@code percent} (0.01 to 100, two decimals at most), {@code FIXED_AMOUNT} rules
 * {@code amountMinor} and {@code currency}; {@code SKU} and {@code CATEGORY} rules name a
 * {@code target}, {@code ORDER} rules none. See ADR 0014 for the precedence.
 */
record PricingRuleRequest(@NotBlank @Size(max = 200) String name, @NotNull Kind kind,
		@Positive @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent,
		@Positive @Max(1_000_000_000) Long amountMinor,
		@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
		@NotNull Scope scope, @Size(max = 100) String target, Instant validFrom, Instant validUntil,
		@Min(1) @Max(1_000_000) Integer minQuantity, @PositiveOrZero @Max(1_000_000_000) Long minOrderValueMinor,
		@Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+",
				message = "letters, digits, '_' and '-' only") String couponCode,
		Boolean stackable) {

	/** The rule, or a problem naming every field that does not fit the others. */
	PricingRule toRule() {
		List<Violation> violations = new ArrayList<>();
		if (this.kind == Kind.PERCENTAGE && this.percent == null) {
			violations.add(new Violation("percent", "a PERCENTAGE rule needs a percent"));
		}
		if (this.kind == Kind.PERCENTAGE && this.amountMinor != null) {
			violations.add(new Violation("amountMinor", "a PERCENTAGE rule has no amount"));
		}
		if (this.kind == Kind.FIXED_AMOUNT && this.amountMinor == null) {
			violations.add(new Violation("amountMinor", "a FIXED_AMOUNT rule needs an amount"));
		}
		if (this.kind == Kind.FIXED_AMOUNT && this.percent != null) {
			violations.add(new Violation("percent", "a FIXED_AMOUNT rule has no percent"));
		}
		if ((this.amountMinor != null || this.minOrderValueMinor != null) && this.currency == null) {
			violations.add(new Violation("currency", "an amount needs a currency"));
		}
		if (this.scope != null && this.scope != Scope.ORDER && (this.target == null || this.target.isBlank())) {
			violations.add(new Violation("target", "a " + this.scope + " rule names the SKU or category it discounts"));
		}
		if (this.scope == Scope.ORDER && this.target != null) {
			violations.add(new Violation("target", "an ORDER rule has no target"));
		}
		if (this.scope == Scope.ORDER && this.minQuantity != null) {
			violations.add(new Violation("minQuantity", "only SKU and CATEGORY rules have a minimum quantity"));
		}
		if (this.validFrom != null && this.validUntil != null && !this.validUntil.isAfter(this.validFrom)) {
			violations.add(new Violation("validUntil", "must be after validFrom"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidOrderException(violations);
		}
		return new PricingRule(UUID.randomUUID(), this.name.strip(), this.kind,
				(this.percent != null) ? this.percent.movePointRight(2).intValueExact() : 0,
				(this.amountMinor != null) ? new Money(this.amountMinor, this.currency) : null, this.scope,
				(this.target != null) ? this.target.strip() : null, this.validFrom, this.validUntil, this.minQuantity,
				(this.minOrderValueMinor != null) ? new Money(this.minOrderValueMinor, this.currency) : null,
				this.couponCode, Boolean.TRUE.equals(this.stackable), true);
	}

}

package io.openoms.order.web.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.domain.pricing.PricingRule;

/** A pricing rule as the API shows it. */
record PricingRuleResponse(UUID id, String name, String kind, BigDecimal percent, Money amount, String scope,
		String target, Instant validFrom, Instant validUntil, Integer minQuantity, Money minOrderValue,
		String couponCode, boolean stackable, boolean active) {

	static PricingRuleResponse of(PricingRule r) {
		return new PricingRuleResponse(r.id(), r.name(), r.kind().name(),
				(r.kind() == PricingRule.Kind.PERCENTAGE) ? BigDecimal.valueOf(r.percentBasisPoints(), 2) : null,
				r.amount(), r.scope().name(), r.target(), r.validFrom(), r.validUntil(), r.minQuantity(),
				r.minOrderValue(), r.couponCode(), r.stackable(), r.active());
	}

}

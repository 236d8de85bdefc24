package io.openoms.order.application.pricing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.order.domain.pricing.PricingRule;

/** Where pricing rules are kept. */
public interface PricingRules {

	void add(PricingRule rule);

	void update(PricingRule rule);

	Optional<PricingRule> find(UUID id);

	/** All rules, newest first; only active ones if {@code activeOnly}. */
	List<PricingRule> list(boolean activeOnly, int limit);

	/**
	 * The active rules that could apply to an order of these SKUs and categories with
	 * this coupon (the engine checks the rest).
	 */
	List<PricingRule> candidates(List<String> skus, List<String> categories, String couponCode);

}

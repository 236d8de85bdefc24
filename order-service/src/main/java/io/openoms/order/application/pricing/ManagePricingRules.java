package io.openoms.order.application.pricing;

import java.util.List;
import java.util.UUID;

import io.openoms.order.domain.pricing.PricingRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's pricing rules. A rule is never changed or deleted once orders may have
 * used it (their breakdowns name it): it is deactivated and a new one created.
 */
@Component
public class ManagePricingRules {

	private final PricingRules rules;

	ManagePricingRules(PricingRules rules) {
		this.rules = rules;
	}

	@Transactional
	public PricingRule create(PricingRule rule) {
		this.rules.add(rule);
		return rule;
	}

	@Transactional
	public PricingRule deactivate(UUID id) {
		PricingRule rule = find(id).deactivated();
		this.rules.update(rule);
		return rule;
	}

	@Transactional(readOnly = true)
	public PricingRule find(UUID id) {
		return this.rules.find(id).orElseThrow(() -> new PricingRuleNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public List<PricingRule> list(boolean activeOnly, int limit) {
		return this.rules.list(activeOnly, limit);
	}

}

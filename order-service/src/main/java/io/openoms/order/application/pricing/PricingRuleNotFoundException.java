package io.openoms.order.application.pricing;

import java.util.UUID;

/** No pricing rule has the id. */
public class PricingRuleNotFoundException extends RuntimeException {

	public PricingRuleNotFoundException(UUID id) {
		super("no pricing rule " + id);
	}

}

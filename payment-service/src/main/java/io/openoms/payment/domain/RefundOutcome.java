package io.openoms.payment.domain;

import java.util.Objects;

/**
 * The gateway gave the money back. Unlike a charge, a refund of money the gateway took
 * has no business "no": a gateway that refuses one throws, the refund is retried with the
 * same idempotency key and, if it keeps failing, dead-lettered for an operator, because
 * the customer is owed the money either way.
 *
 * @param gatewayReference the gateway's id of the refund, for example {@code re_...}
 */
public record RefundOutcome(String gatewayReference) {

	public RefundOutcome {
		Objects.requireNonNull(gatewayReference, "gatewayReference");
	}

}

package io.openoms.payment.application;

import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * An operator's request to give back part or all of what an order's charge took.
 *
 * @param orderId the order
 * @param amount what to give back
 * @param reason why, in words the customer and the books understand
 * @param requestKey the request's idempotency key: the same request sent again refunds
 * once
 */
public record RefundCommand(UUID orderId, Money amount, String reason, String requestKey) {

	public RefundCommand {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(requestKey, "requestKey");
	}

}

package io.openoms.payment.domain;

import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * What the payment gateway is asked to do: give back {@code amount} of the charge it
 * knows as {@code chargeReference}.
 *
 * @param refundId our id of the refund
 * @param chargeId our id of the charge being refunded
 * @param orderId the order the money was taken for
 * @param chargeReference the gateway's id of the charge, for example {@code pi_...}
 * @param amount what to give back
 * @param reason why, in words an operator understands
 * @param idempotencyKey the same for every attempt of the same refund, so a repeated call
 * never gives the money back twice
 */
public record RefundRequest(UUID refundId, UUID chargeId, UUID orderId, String chargeReference, Money amount,
		String reason, String idempotencyKey) {

	public RefundRequest {
		Objects.requireNonNull(refundId, "refundId");
		Objects.requireNonNull(chargeId, "chargeId");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(chargeReference, "chargeReference");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
	}

}

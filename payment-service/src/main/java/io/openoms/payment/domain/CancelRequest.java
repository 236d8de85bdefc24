package io.openoms.payment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What the gateway is asked to do: release a charge that holds money or waits for the
 * customer, so it can never take any.
 *
 * @param paymentId our id of the charge
 * @param orderId the order
 * @param chargeReference the gateway's id of the charge
 * @param reason why, in words an operator understands
 * @param idempotencyKey the same for every attempt
 */
public record CancelRequest(UUID paymentId, UUID orderId, String chargeReference, String reason,
		String idempotencyKey) {

	public CancelRequest {
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(chargeReference, "chargeReference");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
	}

}

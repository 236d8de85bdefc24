package io.openoms.payment.domain;

import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * What the gateway is asked to do: take the money an authorized charge holds.
 *
 * @param paymentId our id of the charge
 * @param orderId the order
 * @param chargeReference the gateway's id of the charge
 * @param amount what to take: all that is held
 * @param idempotencyKey the same for every attempt
 */
public record CaptureRequest(UUID paymentId, UUID orderId, String chargeReference, Money amount,
		String idempotencyKey) {

	public CaptureRequest {
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(chargeReference, "chargeReference");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
	}

}

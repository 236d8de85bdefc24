package io.openoms.payment.domain;

import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * What the payment gateway is asked to do: take {@code amount} with
 * {@code paymentMethod}.
 *
 * @param paymentId our id of the payment
 * @param orderId the order being paid
 * @param amount what to take
 * @param paymentMethod the customer's payment method token, for example
 * {@code pm_card_visa}
 * @param captureMethod whether to take the money now or only hold it
 * @param idempotencyKey the same for every attempt of the same step of the same order, so
 * a repeated call never takes the money twice
 */
public record ChargeRequest(UUID paymentId, UUID orderId, Money amount, String paymentMethod,
		CaptureMethod captureMethod, String idempotencyKey) {

	public ChargeRequest {
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(paymentMethod, "paymentMethod");
		Objects.requireNonNull(captureMethod, "captureMethod");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
	}

}

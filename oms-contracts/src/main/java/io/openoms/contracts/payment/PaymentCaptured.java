package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The money held by a {@link PaymentAuthorized} payment was taken, because the order
 * shipped.
 *
 * @param orderId the order
 * @param paymentId the payment
 * @param amount what was taken
 * @param gatewayReference the gateway's id for the payment
 */
public record PaymentCaptured(UUID orderId, UUID paymentId, Money amount,
		String gatewayReference) implements EventPayload {
}

package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The order's total was charged.
 *
 * @param orderId the order
 * @param paymentId payment-service's id of the payment
 * @param amount what was charged
 * @param gatewayReference the gateway's id for the charge, for example a Stripe
 * PaymentIntent id
 */
public record PaymentSucceeded(UUID orderId, UUID paymentId, Money amount,
		String gatewayReference) implements EventPayload {
}

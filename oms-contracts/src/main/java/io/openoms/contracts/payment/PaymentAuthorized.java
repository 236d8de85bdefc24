package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The order's total is held on the customer's card, to be captured when the order ships
 * (authorize-then-capture mode, {@code oms.payment.capture-method=manual}). For the order
 * this counts as paid: the money is guaranteed, though not yet taken.
 *
 * @param orderId the order
 * @param paymentId payment-service's id of the payment
 * @param amount what is held
 * @param gatewayReference the gateway's id for the payment, for example a Stripe
 * PaymentIntent id
 */
public record PaymentAuthorized(UUID orderId, UUID paymentId, Money amount,
		String gatewayReference) implements EventPayload {
}

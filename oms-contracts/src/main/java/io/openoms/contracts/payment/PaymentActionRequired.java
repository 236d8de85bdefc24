package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The customer's bank asks the customer to authenticate the payment (3-D Secure). The
 * order stays unpaid until the gateway reports the outcome, which payment-service then
 * publishes as {@link PaymentSucceeded}, {@link PaymentAuthorized} or
 * {@link PaymentFailed}. A web shop can use this to bring the customer back.
 *
 * @param orderId the order
 * @param paymentId the payment
 * @param amount what is to be charged
 * @param gatewayReference the gateway's id for the payment, for example a Stripe
 * PaymentIntent id, with which a web shop can complete the authentication
 */
public record PaymentActionRequired(UUID orderId, UUID paymentId, Money amount,
		String gatewayReference) implements EventPayload {
}

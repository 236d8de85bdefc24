package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The hold of a {@link PaymentAuthorized} payment was released without taking any money,
 * because the order was cancelled before it shipped. Nothing is refunded: nothing was
 * taken.
 *
 * @param orderId the order
 * @param paymentId the payment
 * @param amount what was held and is released
 * @param gatewayReference the gateway's id for the payment
 * @param reason why
 */
public record PaymentAuthorizationCancelled(UUID orderId, UUID paymentId, Money amount, String gatewayReference,
		String reason) implements EventPayload {
}

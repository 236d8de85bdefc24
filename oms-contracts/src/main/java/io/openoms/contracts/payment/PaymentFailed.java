package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The charge was refused; nothing was taken.
 *
 * @param orderId the order
 * @param paymentId payment-service's id of the attempt
 * @param amount what was asked for
 * @param reasonCode a stable machine-readable reason, for example {@code card_declined}
 * @param reason the reason in words
 */
public record PaymentFailed(UUID orderId, UUID paymentId, Money amount, String reasonCode,
		String reason) implements EventPayload {
}

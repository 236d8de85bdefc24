package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * Money taken for an order was given back, for example because the order was cancelled
 * after it was paid, or a payment arrived for an order that was already cancelled.
 *
 * @param orderId the order
 * @param paymentId the payment that was refunded
 * @param refundId payment-service's id of the refund
 * @param amount what was refunded
 * @param gatewayReference the gateway's id for the refund, for example a Stripe refund id
 * @param reason why the money went back
 */
public record PaymentRefunded(UUID orderId, UUID paymentId, UUID refundId, Money amount, String gatewayReference,
		String reason) implements EventPayload {
}

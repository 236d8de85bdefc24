package io.openoms.contracts.payment;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Nullable;

/**
 * Money taken for an order was given back: all that is left of it because the order was
 * cancelled after it was paid (or a payment arrived for an order that was already
 * cancelled), or part of it because an operator refunded it (a goodwill refund, a missing
 * item), or because someone refunded it outside the OMS, in the gateway's dashboard.
 *
 * @param orderId the order
 * @param paymentId the payment that was refunded
 * @param refundId payment-service's id of the refund
 * @param amount what was refunded
 * @param gatewayReference the gateway's id for the refund, for example a Stripe refund id
 * @param reason why the money went back
 * @param trigger what started the refund: {@code ORDER_CANCELLED}, {@code OPERATOR} or
 * {@code GATEWAY} (refunded outside the OMS); since schema version 2, null before
 * @param refundedSoFar all of the payment's money that went back, this refund included;
 * equal to the charged amount once the payment is refunded in full; since schema version
 * 2, null before
 */
public record PaymentRefunded(UUID orderId, UUID paymentId, UUID refundId, Money amount, String gatewayReference,
		String reason, @Nullable String trigger, @Nullable Money refundedSoFar) implements EventPayload {
}

package io.openoms.payment.domain;

import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * What happened to a payment: each transition of {@link Payment} returns one of these.
 */
public sealed interface PaymentEvent {

	/** The charge this is about. */
	UUID paymentId();

	UUID orderId();

	Money amount();

	record Succeeded(UUID paymentId, UUID orderId, Money amount, String gatewayReference) implements PaymentEvent {
	}

	record Failed(UUID paymentId, UUID orderId, Money amount, String code, String reason) implements PaymentEvent {
	}

	/**
	 * Money of the charge {@code paymentId} went back to the customer.
	 *
	 * @param paymentId the charge that was refunded
	 * @param refundId the refund
	 * @param orderId the order
	 * @param amount what went back
	 * @param gatewayReference the gateway's id of the refund
	 * @param reason why
	 */
	record Refunded(UUID paymentId, UUID refundId, UUID orderId, Money amount, String gatewayReference,
			String reason) implements PaymentEvent {
	}

}

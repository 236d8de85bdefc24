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

	/** The charge took the money. */
	record Succeeded(UUID paymentId, UUID orderId, Money amount, String gatewayReference) implements PaymentEvent {
	}

	/** The charge holds the money, to be captured when the order ships. */
	record Authorized(UUID paymentId, UUID orderId, Money amount, String gatewayReference) implements PaymentEvent {
	}

	/** The customer must authenticate the charge. */
	record ActionRequired(UUID paymentId, UUID orderId, Money amount, String gatewayReference) implements PaymentEvent {
	}

	/** The charge took nothing. */
	record Failed(UUID paymentId, UUID orderId, Money amount, String code, String reason) implements PaymentEvent {
	}

	/** The money an authorized charge held was taken. */
	record Captured(UUID paymentId, UUID orderId, Money amount, String gatewayReference) implements PaymentEvent {
	}

	/** The hold of an authorized charge was released; nothing was taken. */
	record AuthorizationCancelled(UUID paymentId, UUID orderId, Money amount, String gatewayReference,
			String reason) implements PaymentEvent {
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
	 * @param trigger what started the refund
	 * @param refundedSoFar all of the charge's money that went back, this refund included
	 */
	record Refunded(UUID paymentId, UUID refundId, UUID orderId, Money amount, String gatewayReference, String reason,
			RefundTrigger trigger, Money refundedSoFar) implements PaymentEvent {
	}

}

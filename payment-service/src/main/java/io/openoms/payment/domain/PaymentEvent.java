package io.openoms.payment.domain;

import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * What happened to a payment: each transition of {@link Payment} returns one of these.
 */
public sealed interface PaymentEvent {

	UUID paymentId();

	UUID orderId();

	Money amount();

	record Succeeded(UUID paymentId, UUID orderId, Money amount, String gatewayReference) implements PaymentEvent {
	}

	record Failed(UUID paymentId, UUID orderId, Money amount, String code, String reason) implements PaymentEvent {
	}

}

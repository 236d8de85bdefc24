package io.openoms.payment.application;

import io.openoms.messaging.DependencyUnavailable;

/**
 * The payment gateway could not be reached, timed out, asked us to slow down or failed on
 * its side: whether the money moved is unknown. The event is redelivered and the call
 * repeated with the same idempotency key (derived from the order and the step), so the
 * gateway answers a request it already carried out with its first answer instead of
 * moving the money twice. Retried for as long as the gateway is down, never
 * dead-lettered.
 */
public class PaymentGatewayUnavailableException extends PaymentGatewayException implements DependencyUnavailable {

	public PaymentGatewayUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

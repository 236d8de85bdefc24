package io.openoms.payment.application;

/**
 * The payment gateway could not be reached, timed out, asked us to slow down or failed on
 * its side: whether the money moved is unknown. The event is redelivered and the call
 * repeated with the same idempotency key (derived from the order and the step), so the
 * gateway answers a request it already carried out with its first answer instead of
 * moving the money twice.
 */
public class PaymentGatewayUnavailableException extends PaymentGatewayException {

	public PaymentGatewayUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

package io.openoms.payment.application;

/**
 * The payment gateway did not do what it was asked and gave no business answer either: it
 * refused the request (a wrong key, a refund of a charge it does not know) or answered
 * something the service cannot act on. Retrying the same request is unlikely to help; the
 * event is retried a few times and then dead-lettered for an operator.
 */
public class PaymentGatewayException extends RuntimeException {

	public PaymentGatewayException(String message) {
		super(message);
	}

	public PaymentGatewayException(String message, Throwable cause) {
		super(message, cause);
	}

}

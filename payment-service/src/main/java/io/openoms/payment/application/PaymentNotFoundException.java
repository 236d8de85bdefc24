package io.openoms.payment.application;

import java.util.UUID;

/** payment-service has no payment with this id. */
public class PaymentNotFoundException extends RuntimeException {

	public PaymentNotFoundException(UUID paymentId) {
		super("payment-service has no charge " + paymentId + " that reached the gateway");
	}

}

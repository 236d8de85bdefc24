package io.openoms.payment.application;

import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

/**
 * The payment service provider. A decline is an outcome; an exception means the gateway
 * could not be reached or answered nonsense, and the call is retried with the same
 * idempotency key.
 */
public interface PaymentGateway {

	ChargeOutcome charge(ChargeRequest request);

	/**
	 * Gives money of a charge back. There is no "declined" here: a refund the gateway
	 * refuses is an exception (see {@link RefundOutcome}).
	 */
	RefundOutcome refund(RefundRequest request);

}

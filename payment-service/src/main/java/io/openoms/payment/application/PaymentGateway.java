package io.openoms.payment.application;

import io.openoms.payment.domain.CancelOutcome;
import io.openoms.payment.domain.CancelRequest;
import io.openoms.payment.domain.CaptureRequest;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

/**
 * The payment service provider. A decline is an outcome; an exception means the gateway
 * did not do what it was asked: {@link PaymentGatewayUnavailableException} when whether
 * it did is unknown (the call is retried with the same idempotency key), otherwise
 * {@link PaymentGatewayException}.
 */
public interface PaymentGateway {

	/**
	 * Takes (or, for {@code CaptureMethod.MANUAL}, holds) the order's total. The answer
	 * may be that the customer has to authenticate first; the outcome then arrives as a
	 * webhook.
	 */
	ChargeOutcome charge(ChargeRequest request);

	/** Takes all the money an authorized charge holds. */
	void capture(CaptureRequest request);

	/**
	 * Releases a charge that holds money or waits for the customer, so it can never take
	 * any.
	 */
	CancelOutcome cancel(CancelRequest request);

	/**
	 * Gives money of a charge back. There is no "declined" here: a refund the gateway
	 * refuses is an exception (see {@link RefundOutcome}).
	 */
	RefundOutcome refund(RefundRequest request);

}

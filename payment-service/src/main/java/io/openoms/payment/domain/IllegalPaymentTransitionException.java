package io.openoms.payment.domain;

import java.util.UUID;

/**
 * A transition the payment's state machine does not allow, for example failing a
 * succeeded charge.
 */
public class IllegalPaymentTransitionException extends RuntimeException {

	private final UUID paymentId;

	private final PaymentStatus from;

	private final PaymentStatus to;

	public IllegalPaymentTransitionException(UUID paymentId, PaymentStatus from, PaymentStatus to) {
		super("payment " + paymentId + " cannot move from " + from + " to " + to);
		this.paymentId = paymentId;
		this.from = from;
		this.to = to;
	}

	public UUID paymentId() {
		return this.paymentId;
	}

	public PaymentStatus from() {
		return this.from;
	}

	public PaymentStatus to() {
		return this.to;
	}

}

package io.openoms.payment.application;

import java.util.UUID;

import io.openoms.payment.domain.Payment;

/**
 * The gateway refused a refund an operator asked for; nothing went back. The refund is
 * kept as FAILED with the gateway's reason.
 */
public class RefundRefusedException extends RuntimeException {

	private final UUID refundId;

	public RefundRefusedException(Payment refund, String reason) {
		super("The gateway refused refund " + refund.id() + ": " + reason);
		this.refundId = refund.id();
	}

	public UUID refundId() {
		return this.refundId;
	}

}

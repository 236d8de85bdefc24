package io.openoms.payment.domain;

import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * A refund asked for more than the charge has left to give back (what it took, minus what
 * went back or is on its way back).
 */
public class RefundExceedsChargeException extends RuntimeException {

	private final UUID paymentId;

	private final Money requested;

	private final Money refundable;

	public RefundExceedsChargeException(UUID paymentId, Money requested, Money refundable) {
		super("payment " + paymentId + " has " + refundable.amountMinor() + " " + refundable.currency()
				+ " left to refund, less than the " + requested.amountMinor() + " " + requested.currency()
				+ " asked for");
		this.paymentId = paymentId;
		this.requested = requested;
		this.refundable = refundable;
	}

	public UUID paymentId() {
		return this.paymentId;
	}

	public Money requested() {
		return this.requested;
	}

	public Money refundable() {
		return this.refundable;
	}

}

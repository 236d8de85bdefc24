package io.openoms.payment.domain;

/**
 * The lifecycle of a payment: PENDING until the gateway answers, then SUCCEEDED or
 * FAILED. FAILED is terminal. A SUCCEEDED charge moves on to REFUNDED once all of its
 * money went back; REFUNDED is terminal.
 */
public enum PaymentStatus {

	PENDING, SUCCEEDED, FAILED, REFUNDED;

	public boolean canMoveTo(PaymentStatus next) {
		return switch (next) {
			case PENDING -> false;
			case SUCCEEDED, FAILED -> this == PENDING;
			case REFUNDED -> this == SUCCEEDED;
		};
	}

}

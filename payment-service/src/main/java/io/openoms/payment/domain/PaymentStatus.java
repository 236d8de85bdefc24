package io.openoms.payment.domain;

/**
 * The lifecycle of a payment: PENDING until the gateway answers, then SUCCEEDED or
 * FAILED. FAILED is terminal; a SUCCEEDED charge will later move on to REFUNDED.
 */
public enum PaymentStatus {

	PENDING, SUCCEEDED, FAILED;

	public boolean canMoveTo(PaymentStatus next) {
		return switch (next) {
			case PENDING -> false;
			case SUCCEEDED, FAILED -> this == PENDING;
		};
	}

}

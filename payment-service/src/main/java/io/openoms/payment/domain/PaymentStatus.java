package io.openoms.payment.domain;

/**
 * The lifecycle of a payment.
 * <p>
 * A charge starts PENDING until the gateway answers. It may need the customer to
 * authenticate first (REQUIRES_ACTION). It ends FAILED, or takes the money at once
 * (SUCCEEDED), or, in authorize-then-capture mode, holds it (AUTHORIZED) until it is
 * captured (SUCCEEDED) or the hold is released (CANCELED). Money that was taken goes back
 * in one or more refunds (PARTIALLY_REFUNDED, then REFUNDED).
 * <p>
 * A refund is PENDING until the gateway answers, then SUCCEEDED, or FAILED if the gateway
 * refused it.
 */
public enum PaymentStatus {

	PENDING, REQUIRES_ACTION, AUTHORIZED, SUCCEEDED, PARTIALLY_REFUNDED, REFUNDED, FAILED, CANCELED;

	public boolean canMoveTo(PaymentStatus next) {
		return switch (next) {
			case PENDING -> false;
			case REQUIRES_ACTION -> this == PENDING;
			// A customer may still complete a payment the gateway reported failed (a
			// second card on the same PaymentIntent): the money then counts, and goes
			// back because its order was cancelled when the payment failed.
			case AUTHORIZED -> this == PENDING || this == REQUIRES_ACTION || this == FAILED;
			case SUCCEEDED -> this == PENDING || this == REQUIRES_ACTION || this == AUTHORIZED || this == FAILED;
			case FAILED -> this == PENDING || this == REQUIRES_ACTION;
			case CANCELED -> this == REQUIRES_ACTION || this == AUTHORIZED || this == FAILED;
			case PARTIALLY_REFUNDED, REFUNDED -> this == SUCCEEDED || this == PARTIALLY_REFUNDED;
		};
	}

	/** Whether a charge in this status took money that was not all given back yet. */
	public boolean holdsCapturedMoney() {
		return this == SUCCEEDED || this == PARTIALLY_REFUNDED;
	}

}

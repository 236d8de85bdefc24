package io.openoms.payment.domain;

import java.util.UUID;

/** A refund asked for money in another currency than its charge took. */
public class RefundCurrencyMismatchException extends RuntimeException {

	public RefundCurrencyMismatchException(UUID paymentId, String charged, String requested) {
		super("payment " + paymentId + " took " + charged + "; a refund of it is in " + charged + ", not " + requested);
	}

}

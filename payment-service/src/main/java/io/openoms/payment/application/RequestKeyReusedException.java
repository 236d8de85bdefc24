package io.openoms.payment.application;

/**
 * An idempotency key came back with a different request: a client bug that must not
 * refund anything.
 */
public class RequestKeyReusedException extends RuntimeException {

	public RequestKeyReusedException(String requestKey) {
		super("Idempotency-Key '" + requestKey + "' was already used for a different refund of this order; "
				+ "send a new key for a new refund");
	}

}

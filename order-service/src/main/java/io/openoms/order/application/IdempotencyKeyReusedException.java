package io.openoms.order.application;

import java.util.UUID;

/** An {@code Idempotency-Key} was used before with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

	private final UUID orderId;

	public IdempotencyKeyReusedException(String key, UUID orderId) {
		super("Idempotency-Key '" + key + "' was used for order " + orderId
				+ " with a different request: send that request again, or use a new key for a new order");
		this.orderId = orderId;
	}

	/** The order the key placed first. */
	public UUID orderId() {
		return this.orderId;
	}

}

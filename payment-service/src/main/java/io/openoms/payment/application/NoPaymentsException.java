package io.openoms.payment.application;

import java.util.UUID;

/**
 * payment-service holds no payment of the order: it has not processed the order's
 * OrderCreated yet, or the order does not exist.
 */
public class NoPaymentsException extends RuntimeException {

	private final UUID orderId;

	public NoPaymentsException(UUID orderId) {
		super("payment-service has no payment of order " + orderId
				+ ": it has not processed the order's OrderCreated (yet), or there is no such order");
		this.orderId = orderId;
	}

	public UUID orderId() {
		return this.orderId;
	}

}

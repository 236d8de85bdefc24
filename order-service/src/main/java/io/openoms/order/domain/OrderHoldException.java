package io.openoms.order.domain;

import java.util.UUID;

/**
 * An order that can no longer be held: its stock is already passed on to
 * shipping-service, or it is finished.
 */
public class OrderHoldException extends RuntimeException {

	private final OrderStatus status;

	public OrderHoldException(UUID orderId, OrderStatus status) {
		super("order " + orderId + " is " + status
				+ ": an order can be held only before shipping-service is asked to ship it (CREATED, PAID, BACKORDERED)");
		this.status = status;
	}

	public OrderStatus status() {
		return this.status;
	}

}

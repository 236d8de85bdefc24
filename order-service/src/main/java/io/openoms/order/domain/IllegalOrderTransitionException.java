package io.openoms.order.domain;

import java.util.UUID;

/**
 * A transition the order's state machine does not allow, for example shipping a cancelled
 * order.
 */
public class IllegalOrderTransitionException extends RuntimeException {

	private final UUID orderId;

	private final OrderStatus from;

	private final OrderStatus to;

	public IllegalOrderTransitionException(UUID orderId, OrderStatus from, OrderStatus to) {
		super("order " + orderId + " cannot move from " + from + " to " + to);
		this.orderId = orderId;
		this.from = from;
		this.to = to;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public OrderStatus from() {
		return this.from;
	}

	public OrderStatus to() {
		return this.to;
	}

}

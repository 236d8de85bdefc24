package io.openoms.order.application;

import java.util.UUID;

/** No order has this id. */
public class OrderNotFoundException extends RuntimeException {

	public OrderNotFoundException(UUID orderId) {
		super("no order with id " + orderId);
	}

}

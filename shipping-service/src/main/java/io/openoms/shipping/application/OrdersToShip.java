package io.openoms.shipping.application;

import java.util.Optional;
import java.util.UUID;

import io.openoms.shipping.domain.OrderToShip;

/** shipping-service's own copy of what it needs to know about orders. */
public interface OrdersToShip {

	/** Keeps the order's facts; a second call for the same order changes nothing. */
	void remember(OrderToShip order);

	Optional<OrderToShip> find(UUID orderId);

}

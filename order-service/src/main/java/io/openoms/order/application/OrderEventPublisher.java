package io.openoms.order.application;

import java.util.List;

import io.openoms.messaging.Causation;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;

/** Appends an order's events to the outbox, in the caller's transaction. */
public interface OrderEventPublisher {

	void publish(Order order, List<? extends OrderEvent> events, Causation causation);

	default void publish(Order order, OrderEvent event, Causation causation) {
		publish(order, List.of(event), causation);
	}

}

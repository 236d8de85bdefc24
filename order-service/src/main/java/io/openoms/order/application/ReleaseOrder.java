package io.openoms.order.application;

import java.time.Clock;
import java.util.UUID;

import io.openoms.messaging.Causation;
import io.openoms.order.domain.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator releases an order's hold: the event withheld meanwhile ({@code OrderPaid}
 * or {@code OrderAllocated}) is published now, and the order proceeds.
 */
@Component
public class ReleaseOrder {

	private final Orders orders;

	private final OrderEventPublisher events;

	private final Clock clock;

	ReleaseOrder(Orders orders, OrderEventPublisher events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Order release(UUID orderId, String reason, Causation causation) {
		Order order = this.orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
		boolean held = order.hold().isPresent();
		var withheld = order.release(reason, this.clock.instant());
		if (held) {
			this.orders.update(order);
		}
		withheld.ifPresent((event) -> this.events.publish(order, event, causation));
		return order;
	}

}

package io.openoms.order.application;

import java.time.Clock;
import java.util.UUID;

import io.openoms.messaging.Causation;
import io.openoms.order.domain.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer or operator cancels an order. The order decides whether it still can; the
 * services that took money or stock compensate when they see {@code OrderCancelled}.
 */
@Component
public class CancelOrder {

	private final Orders orders;

	private final OrderEventPublisher events;

	private final Clock clock;

	CancelOrder(Orders orders, OrderEventPublisher events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Order cancel(UUID orderId, String reason, Causation causation) {
		Order order = this.orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
		order.cancel(reason, this.clock.instant()).ifPresent((event) -> {
			this.orders.update(order);
			this.events.publish(order, event, causation);
		});
		return order;
	}

}

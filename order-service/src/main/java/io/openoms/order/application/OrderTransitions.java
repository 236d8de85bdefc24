package io.openoms.order.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an order changes state in reaction to another service's event: lock the
 * order, let the aggregate decide, store it and its event together.
 */
@Component
class OrderTransitions {

	private final Orders orders;

	private final OrderEventPublisher events;

	OrderTransitions(Orders orders, OrderEventPublisher events) {
		this.orders = orders;
		this.events = events;
	}

	@Transactional
	Order apply(UUID orderId, Function<Order, Optional<OrderEvent>> reaction, Causation causation) {
		Order order = this.orders.lockById(orderId)
			.orElseThrow(() -> new RejectedEventException("no order with id " + orderId));
		List<OrderEvent> events = reaction.apply(order).stream().toList();
		this.orders.update(order);
		if (!events.isEmpty()) {
			this.events.publish(order, events, causation);
		}
		return order;
	}

	/**
	 * Notes something that changes no status (a carrier's milestone) in the order's
	 * history. The aggregate has nothing to decide, so the order is not loaded: a parcel
	 * reports several milestones, and loading and rewriting the whole order for each was
	 * a large part of order-service's work per order (ADR 0017).
	 */
	@Transactional
	void note(UUID orderId, String text, Instant at) {
		if (!this.orders.appendNote(orderId, text, at)) {
			throw new RejectedEventException("no order with id " + orderId);
		}
	}

}

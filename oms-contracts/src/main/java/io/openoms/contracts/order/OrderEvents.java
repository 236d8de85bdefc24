package io.openoms.contracts.order;

import java.util.List;

import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;

/** The events order-service publishes. */
public final class OrderEvents {

	public static final EventType<OrderCreated> CREATED = new EventType<>("OrderCreated", 1, Topics.ORDER_EVENTS,
			OrderCreated.class);

	public static final EventType<OrderPaid> PAID = new EventType<>("OrderPaid", 1, Topics.ORDER_EVENTS,
			OrderPaid.class);

	public static final EventType<OrderAllocated> ALLOCATED = new EventType<>("OrderAllocated", 1, Topics.ORDER_EVENTS,
			OrderAllocated.class);

	public static final EventType<OrderShipped> SHIPPED = new EventType<>("OrderShipped", 1, Topics.ORDER_EVENTS,
			OrderShipped.class);

	public static final EventType<OrderCompleted> COMPLETED = new EventType<>("OrderCompleted", 1, Topics.ORDER_EVENTS,
			OrderCompleted.class);

	public static final EventType<OrderCancelled> CANCELLED = new EventType<>("OrderCancelled", 1, Topics.ORDER_EVENTS,
			OrderCancelled.class);

	public static final EventType<OrderStatusChanged> STATUS_CHANGED = new EventType<>("OrderStatusChanged", 2,
			Topics.ORDER_STATUS, OrderStatusChanged.class);

	public static final List<EventType<?>> ALL = List.of(CREATED, PAID, ALLOCATED, SHIPPED, COMPLETED, CANCELLED,
			STATUS_CHANGED);

	private OrderEvents() {
	}

}

package io.openoms.order.domain;

import java.util.UUID;

/** What happened to an order: each transition of {@link Order} returns one of these. */
public sealed interface OrderEvent {

	UUID orderId();

	/** The history entry the transition wrote. */
	StatusChange change();

	record Created(UUID orderId, StatusChange change) implements OrderEvent {
	}

	record Paid(UUID orderId, UUID paymentId, StatusChange change) implements OrderEvent {
	}

	record Backordered(UUID orderId, String reason, StatusChange change) implements OrderEvent {
	}

	record Allocated(UUID orderId, UUID allocationId, String warehouse, StatusChange change) implements OrderEvent {
	}

	record Shipped(UUID orderId, UUID shipmentId, String carrier, String trackingNumber,
			StatusChange change) implements OrderEvent {
	}

	record Completed(UUID orderId, UUID shipmentId, StatusChange change) implements OrderEvent {
	}

	record Cancelled(UUID orderId, OrderStatus previousStatus, String reason,
			StatusChange change) implements OrderEvent {
	}

}

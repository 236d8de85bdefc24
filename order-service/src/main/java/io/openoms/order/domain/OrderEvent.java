package io.openoms.order.domain;

import java.util.List;
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

	/**
	 * The order's stock is reserved.
	 *
	 * @param orderId the order
	 * @param allocationId the allocation
	 * @param warehouse the allocation's warehouse
	 * @param lines what was reserved where, as inventory-service reported it
	 * @param change the history entry
	 */
	record Allocated(UUID orderId, UUID allocationId, String warehouse, List<AllocatedUnits> lines,
			StatusChange change) implements OrderEvent {
	}

	/**
	 * Units of one SKU reserved in a warehouse.
	 *
	 * @param sku the product
	 * @param quantity how many
	 * @param warehouse where; null for the allocation's warehouse
	 */
	record AllocatedUnits(String sku, int quantity, String warehouse) {
	}

	record Shipped(UUID orderId, UUID shipmentId, String carrier, String trackingNumber,
			StatusChange change) implements OrderEvent {
	}

	record Completed(UUID orderId, UUID shipmentId, StatusChange change) implements OrderEvent {
	}

	record Cancelled(UUID orderId, OrderStatus previousStatus, String reason,
			StatusChange change) implements OrderEvent {
	}

	/**
	 * A transition of an order on hold: the status feed hears of it now, the other
	 * services only when the hold is released ({@link Released}).
	 *
	 * @param event the transition's event, withheld
	 */
	record Withheld(OrderEvent event) implements OrderEvent {

		@Override
		public UUID orderId() {
			return this.event.orderId();
		}

		@Override
		public StatusChange change() {
			return this.event.change();
		}

	}

	/**
	 * The hold was released: the withheld event goes to the other services now. Its
	 * status change was published when it happened.
	 *
	 * @param event the event withheld until now
	 */
	record Released(OrderEvent event) implements OrderEvent {

		@Override
		public UUID orderId() {
			return this.event.orderId();
		}

		@Override
		public StatusChange change() {
			return this.event.change();
		}

	}

}

package io.openoms.order.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an order. The happy path runs CREATED → PAID → ALLOCATED → SHIPPED →
 * COMPLETED; a paid order that waits for stock is BACKORDERED on the way from PAID to
 * ALLOCATED. Until the parcel leaves, an order can be CANCELLED. COMPLETED and CANCELLED
 * are terminal.
 */
public enum OrderStatus {

	CREATED, PAID, BACKORDERED, ALLOCATED, SHIPPED, COMPLETED, CANCELLED;

	private static final Set<OrderStatus> BEFORE_SHIPMENT = EnumSet.of(CREATED, PAID, BACKORDERED, ALLOCATED);

	public boolean canMoveTo(OrderStatus next) {
		return switch (next) {
			case CREATED -> false;
			case PAID -> this == CREATED;
			case BACKORDERED -> this == PAID;
			case ALLOCATED -> this == PAID || this == BACKORDERED;
			case SHIPPED -> this == ALLOCATED;
			case COMPLETED -> this == SHIPPED;
			// A shipped order is cancelled only when the carrier returns the parcel.
			case CANCELLED -> BEFORE_SHIPMENT.contains(this) || this == SHIPPED;
		};
	}

	/** Customers and operators may cancel until the parcel leaves. */
	public boolean isBeforeShipment() {
		return BEFORE_SHIPMENT.contains(this);
	}

	public boolean isTerminal() {
		return this == COMPLETED || this == CANCELLED;
	}

}

package io.openoms.order.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an order. The happy path runs CREATED → PAID → ALLOCATED → SHIPPED →
 * COMPLETED; until the parcel leaves, an order can be CANCELLED. COMPLETED and CANCELLED
 * are terminal.
 */
public enum OrderStatus {

	CREATED, PAID, ALLOCATED, SHIPPED, COMPLETED, CANCELLED;

	private static final Set<OrderStatus> BEFORE_SHIPMENT = EnumSet.of(CREATED, PAID, ALLOCATED);

	public boolean canMoveTo(OrderStatus next) {
		return switch (next) {
			case CREATED -> false;
			case PAID -> this == CREATED;
			case ALLOCATED -> this == PAID;
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

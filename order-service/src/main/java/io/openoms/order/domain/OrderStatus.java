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

	private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(CREATED, PAID, ALLOCATED);

	public boolean canMoveTo(OrderStatus next) {
		return switch (next) {
			case CREATED -> false;
			case PAID -> this == CREATED;
			case ALLOCATED -> this == PAID;
			case SHIPPED -> this == ALLOCATED;
			case COMPLETED -> this == SHIPPED;
			case CANCELLED -> CANCELLABLE.contains(this);
		};
	}

	public boolean isTerminal() {
		return this == COMPLETED || this == CANCELLED;
	}

}

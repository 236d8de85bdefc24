package io.openoms.contracts.inventory;

import java.util.List;

import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;

/** The events inventory-service publishes. */
public final class InventoryEvents {

	public static final EventType<StockAllocated> ALLOCATED = new EventType<>("StockAllocated", 1,
			Topics.INVENTORY_EVENTS, StockAllocated.class);

	public static final EventType<StockAllocationFailed> ALLOCATION_FAILED = new EventType<>("StockAllocationFailed", 1,
			Topics.INVENTORY_EVENTS, StockAllocationFailed.class);

	public static final EventType<StockReleased> RELEASED = new EventType<>("StockReleased", 1, Topics.INVENTORY_EVENTS,
			StockReleased.class);

	public static final List<EventType<?>> ALL = List.of(ALLOCATED, ALLOCATION_FAILED, RELEASED);

	private InventoryEvents() {
	}

}

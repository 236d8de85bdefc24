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

	public static final EventType<StockBackordered> BACKORDERED = new EventType<>("StockBackordered", 1,
			Topics.INVENTORY_EVENTS, StockBackordered.class);

	public static final EventType<StockRanLow> RAN_LOW = new EventType<>("StockRanLow", 1, Topics.STOCK_ALERTS,
			StockRanLow.class);

	public static final EventType<StockRanOut> RAN_OUT = new EventType<>("StockRanOut", 1, Topics.STOCK_ALERTS,
			StockRanOut.class);

	public static final List<EventType<?>> ALL = List.of(ALLOCATED, ALLOCATION_FAILED, RELEASED, BACKORDERED, RAN_LOW,
			RAN_OUT);

	private InventoryEvents() {
	}

}

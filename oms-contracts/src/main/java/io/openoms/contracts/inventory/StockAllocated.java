package io.openoms.contracts.inventory;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * Every line of the order is reserved in one warehouse.
 *
 * @param orderId the order
 * @param allocationId inventory-service's id of the allocation
 * @param warehouse where the stock is reserved
 * @param lines what was reserved
 */
public record StockAllocated(UUID orderId, UUID allocationId, String warehouse,
		List<AllocatedLine> lines) implements EventPayload {
}

package io.openoms.contracts.inventory;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * Stock reserved for an order was put back to available, because the order was cancelled
 * before it shipped.
 *
 * @param orderId the order
 * @param allocationId the allocation that was released
 * @param warehouse where the stock was reserved
 * @param lines what was released
 */
public record StockReleased(UUID orderId, UUID allocationId, String warehouse,
		List<AllocatedLine> lines) implements EventPayload {
}

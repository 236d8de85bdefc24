package io.openoms.contracts.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The order's lines cannot all be filled now and the order waits for stock: it is
 * allocated automatically when stock arrives (then {@link StockAllocated} follows), in
 * priority order, or rejected when it has waited until {@code expiresAt} (then
 * {@link StockAllocationFailed} follows).
 *
 * @param orderId the order
 * @param allocationId inventory-service's id of the allocation, the same in the
 * {@link StockAllocated} that may follow
 * @param reason why it waits, in words
 * @param shortSkus the SKUs it waits for
 * @param heldLines lines already reserved for it while it waits (only when the order
 * allows partial allocation), empty otherwise
 * @param expiresAt when the order stops waiting and is rejected
 */
public record StockBackordered(UUID orderId, UUID allocationId, String reason, List<String> shortSkus,
		List<AllocatedLine> heldLines, Instant expiresAt) implements EventPayload {
}

package io.openoms.contracts.inventory;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The order's lines could not be reserved; nothing was reserved.
 *
 * @param orderId the order
 * @param reason why, in words
 * @param shortSkus the SKUs that lacked stock or are unknown
 */
public record StockAllocationFailed(UUID orderId, String reason, List<String> shortSkus) implements EventPayload {
}

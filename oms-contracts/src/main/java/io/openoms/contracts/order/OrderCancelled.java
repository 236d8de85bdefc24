package io.openoms.contracts.order;

import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The order was cancelled. Services compensate what the order's history calls for: a
 * payment that was taken is refunded, stock that was allocated is released.
 *
 * @param orderId the order
 * @param previousStatus the status the order had when it was cancelled
 * @param reason why, in words an operator understands
 */
public record OrderCancelled(UUID orderId, String previousStatus, String reason) implements EventPayload {
}

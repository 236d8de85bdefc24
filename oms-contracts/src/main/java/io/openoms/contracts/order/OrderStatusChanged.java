package io.openoms.contracts.order;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;

/**
 * The public status feed's only event: an order moved from one status to another.
 * Published on {@link io.openoms.contracts.Topics#ORDER_STATUS} exactly once per
 * transition; {@code revision} increases by one with each transition so a subscriber can
 * detect a gap or a duplicate.
 *
 * @param orderId the order
 * @param customerId who placed it
 * @param previousStatus the status before, null for a new order
 * @param status the status now: CREATED, PAID, ALLOCATED, SHIPPED, COMPLETED or CANCELLED
 * @param reason why the order moved, for cancellations in particular
 * @param total the order total
 * @param revision 1 for the order's creation, then one more per transition
 * @param changedAt when the transition happened
 */
public record OrderStatusChanged(UUID orderId, String customerId, String previousStatus, String status, String reason,
		Money total, int revision, Instant changedAt) implements EventPayload {
}

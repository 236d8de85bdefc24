package io.openoms.contracts.order;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Nullable;

/**
 * The public status feed's only event: an order moved from one status to another.
 * Published on {@link io.openoms.contracts.Topics#ORDER_STATUS} exactly once per
 * transition; {@code revision} increases by one with each transition so a subscriber can
 * detect a gap or a duplicate. Since schema version 2 it carries the
 * {@link OrderSnapshot} an ERP books the order from (ADR 0015); version 1 readers ignore
 * it.
 *
 * @param orderId the order
 * @param customerId who placed it
 * @param previousStatus the status before, null for a new order
 * @param status the status now: CREATED, PAID, BACKORDERED, ALLOCATED, SHIPPED, COMPLETED
 * or CANCELLED
 * @param reason why the order moved, for cancellations in particular
 * @param total the order total
 * @param revision 1 for the order's creation, then one more per transition
 * @param changedAt when the transition happened
 * @param order the order as it is after the transition; since schema version 2, null
 * before
 */
public record OrderStatusChanged(UUID orderId, String customerId, @Nullable String previousStatus, String status,
		String reason, Money total, int revision, Instant changedAt,
		@Nullable OrderSnapshot order) implements EventPayload {

	/** A version 1 event, without the order snapshot. */
	public OrderStatusChanged(UUID orderId, String customerId, String previousStatus, String status, String reason,
			Money total, int revision, Instant changedAt) {
		this(orderId, customerId, previousStatus, status, reason, total, revision, changedAt, null);
	}

}

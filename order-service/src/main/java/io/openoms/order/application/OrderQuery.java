package io.openoms.order.application;

import java.time.Instant;
import java.util.UUID;

import io.openoms.order.domain.OrderStatus;

/**
 * Which orders to list, newest first (by placement time, then id): every filter is
 * optional.
 *
 * @param customerId only this customer's
 * @param status only in this status
 * @param channel only from this channel
 * @param placedFrom placed at or after
 * @param placedTo placed before
 * @param after continue after this position (from the previous page's last order)
 * @param limit the most orders to return
 */
public record OrderQuery(String customerId, OrderStatus status, String channel, Instant placedFrom, Instant placedTo,
		Position after, int limit) {

	/**
	 * A place in the listing's order.
	 *
	 * @param createdAt the order's placement time
	 * @param id the order's id
	 */
	public record Position(Instant createdAt, UUID id) {
	}

}

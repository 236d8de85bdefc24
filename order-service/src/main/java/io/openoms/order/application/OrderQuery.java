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
 * @param held only orders on hold ({@code true}) or only those that are not
 * ({@code false})
 * @param after continue after this position (from the previous page's last order)
 * @param limit the most orders to return
 */
public record OrderQuery(String customerId, OrderStatus status, String channel, Instant placedFrom, Instant placedTo,
		Boolean held, Position after, int limit) {

	/**
	 * A place in the listing's order.
	 *
	 * @param createdAt the order's placement time
	 * @param id the order's id
	 */
	public record Position(Instant createdAt, UUID id) {
	}

	/**
	 * The same query for one more order: telling whether there is a next page.
	 * @return the query with a limit one larger
	 */
	public OrderQuery oneMore() {
		return new OrderQuery(this.customerId, this.status, this.channel, this.placedFrom, this.placedTo, this.held,
				this.after, this.limit + 1);
	}

}

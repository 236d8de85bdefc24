package io.openoms.inventory.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;

/**
 * How an order wants its stock: its place in the queue when stock is scarce, and what
 * happens when it cannot be filled now.
 *
 * @param priority express before standard
 * @param placedAt when the order was placed: among orders of one priority the older one
 * is served first
 * @param backorder WAIT or REJECT as the customer chose; null means the products decide
 * (the order waits only if every short product allows backorders)
 * @param partial whether a waiting order may hold the lines that can be filled now
 */
public record AllocationTerms(OrderPriority priority, Instant placedAt, BackorderPolicy backorder, boolean partial) {

	/**
	 * The queue: express first, then the older order, then the order id so that the order
	 * is total.
	 */
	public static final Comparator<Queued> QUEUE_ORDER = Comparator
		.comparing((Queued queued) -> queued.terms().priority() == OrderPriority.EXPRESS ? 0 : 1)
		.thenComparing((queued) -> queued.terms().placedAt())
		.thenComparing(Queued::orderId);

	public AllocationTerms {
		priority = (priority != null) ? priority : OrderPriority.STANDARD;
		Objects.requireNonNull(placedAt, "placedAt");
	}

	/** Standard priority, the products decide, all lines or none. */
	public static AllocationTerms standard(Instant placedAt) {
		return new AllocationTerms(OrderPriority.STANDARD, placedAt, null, false);
	}

	/**
	 * Whether the order waits for stock it cannot get now.
	 * @param productsAllowBackorders every short product allows backorders
	 */
	public boolean waitsForStock(boolean productsAllowBackorders) {
		if (this.backorder != null) {
			return this.backorder == BackorderPolicy.WAIT;
		}
		return productsAllowBackorders;
	}

	/** Something with a place in the allocation queue. */
	public interface Queued {

		java.util.UUID orderId();

		AllocationTerms terms();

	}

}

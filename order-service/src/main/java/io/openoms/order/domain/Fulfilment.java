package io.openoms.order.domain;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;

/**
 * How the customer wants the order fulfilled; chosen at placement, never changed.
 *
 * @param priority express orders are allocated before standard ones when stock is scarce
 * (and shipped with an express service)
 * @param backorder WAIT for stock or REJECT the order when stock is short; null lets each
 * product's default decide
 * @param partialAllocation whether a waiting order may hold the lines that can be filled
 * while it waits for the rest
 */
public record Fulfilment(OrderPriority priority, BackorderPolicy backorder, boolean partialAllocation) {

	/** Standard priority, the products decide, all lines or none. */
	public static final Fulfilment STANDARD = new Fulfilment(OrderPriority.STANDARD, null, false);

	public Fulfilment {
		priority = (priority != null) ? priority : OrderPriority.STANDARD;
	}

}

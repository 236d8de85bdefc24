package io.openoms.contracts.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Nullable;

/**
 * order-service accepted the payment; inventory-service allocates the lines.
 *
 * @param orderId the order
 * @param paymentId the payment that paid it
 * @param lines what to allocate
 * @param priority how urgently the order is to be fulfilled: when stock is scarce,
 * express orders are allocated first, then older ones; null (from older producers) means
 * {@link OrderPriority#STANDARD}
 * @param backorderPolicy whether the order waits for stock it cannot get now; null means
 * the products' defaults decide (see {@link BackorderPolicy})
 * @param partialAllocation whether a waiting order may hold the lines that can be filled
 * now while it waits for the rest; null means no (all lines or none)
 * @param placedAt when the order was placed: its age in the backorder queue; null means
 * when inventory-service first sees it
 */
public record OrderPaid(UUID orderId, UUID paymentId, List<OrderLine> lines, @Nullable OrderPriority priority,
		@Nullable BackorderPolicy backorderPolicy, @Nullable Boolean partialAllocation,
		@Nullable Instant placedAt) implements EventPayload {

	/** An order paid with the defaults: standard priority, the products decide. */
	public OrderPaid(UUID orderId, UUID paymentId, List<OrderLine> lines) {
		this(orderId, paymentId, lines, null, null, null, null);
	}
}

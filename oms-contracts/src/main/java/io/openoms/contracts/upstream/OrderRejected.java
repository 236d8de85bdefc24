package io.openoms.contracts.upstream;

import java.util.List;

/**
 * order-service cannot place the order an upstream system sent with {@link OrderPlaced};
 * {@code reasons} name every field to fix. The event itself is also on the dead-letter
 * topic of {@link io.openoms.contracts.Topics#UPSTREAM_ORDERS}, with the reason header.
 *
 * @param channel the upstream system
 * @param reference the upstream's own order reference
 * @param reasons what is wrong, one entry per field
 */
public record OrderRejected(String channel, String reference, List<Reason> reasons) implements UpstreamOrder {

	/**
	 * One thing to fix.
	 *
	 * @param field the field of {@link OrderPlaced}, such as {@code lines[1].sku}
	 * @param message what is wrong with it
	 */
	public record Reason(String field, String message) {
	}

}

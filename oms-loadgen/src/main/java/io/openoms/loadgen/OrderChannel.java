package io.openoms.loadgen;

import java.util.concurrent.CompletableFuture;

/**
 * How the load generator places an order. {@link Kind#HTTP} is {@code POST /api/orders}
 * on order-service.
 *
 * <p>
 * Extension point: {@link Kind#UPSTREAM_TOPIC} is for placing orders through the upstream
 * {@code OrderPlaced} topic that is being added to order-service (issue 8's other half).
 * {@code Topics} has no such topic yet, so that channel is pending: when it exists,
 * implement this interface with a Kafka producer that sends the placement keyed by a
 * client-chosen order id and completes the future when the broker acknowledges the record
 * (the "acknowledgement" of that channel), and return it from {@link #open}. Everything
 * else (schedule, status tracking, report) stays as it is.
 */
interface OrderChannel extends AutoCloseable {

	/** The channels. */
	enum Kind {

		HTTP, UPSTREAM_TOPIC

	}

	/**
	 * Places one order.
	 * @param order the order
	 * @return completes with the answer, never exceptionally
	 */
	CompletableFuture<Placement> place(OrderMix.PlannedOrder order);

	@Override
	void close();

	/**
	 * The answer to one placement.
	 *
	 * @param orderId the order's id when it was accepted, else null
	 * @param status the HTTP status, or 0 when there was no answer
	 * @param error what went wrong, null when accepted
	 */
	record Placement(String orderId, int status, String error) {

		boolean accepted() {
			return this.orderId != null;
		}

	}

	static OrderChannel open(BenchSettings settings) {
		return switch (settings.channel()) {
			case HTTP -> new HttpOrderChannel(settings.orderServiceUrl());
			case UPSTREAM_TOPIC -> throw new UnsupportedOperationException(
					"the upstream OrderPlaced topic does not exist yet (io.openoms.contracts.Topics has none): "
							+ "place orders with --channel=http; see OrderChannel for how to add it");
		};
	}

}

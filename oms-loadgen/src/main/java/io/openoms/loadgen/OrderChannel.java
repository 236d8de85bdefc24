package io.openoms.loadgen;

import java.util.concurrent.CompletableFuture;

/**
 * How the load generator places an order: {@link Kind#HTTP} is {@code POST /api/orders}
 * on order-service, {@link Kind#UPSTREAM_TOPIC} publishes an upstream {@code OrderPlaced}
 * on {@code oms.upstream.orders} and waits for order-service's answer on
 * {@code oms.upstream.order-results} (ADR 0013). Everything else (schedule, status
 * tracking, report) is the same for both.
 */
interface OrderChannel extends AutoCloseable {

	/** The channels. */
	enum Kind {

		HTTP, UPSTREAM_TOPIC;

		/** {@code http}, {@code upstream} or {@code upstream-topic}. */
		static Kind of(String text) {
			String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
			return name.equals("UPSTREAM") ? UPSTREAM_TOPIC : valueOf(name);
		}

		/**
		 * What the latencies {@code ack} (and {@code produced}) measure, for the report.
		 */
		String ackMeaning() {
			return switch (this) {
				case HTTP -> "ack: the HTTP answer to POST /api/orders (201 Created)";
				case UPSTREAM_TOPIC ->
					"ack: order-service's OrderAccepted read from " + io.openoms.contracts.Topics.UPSTREAM_ORDER_RESULTS
							+ " (the order is stored); produced: the broker's acknowledgement (acks=all) of the "
							+ "OrderPlaced record on " + io.openoms.contracts.Topics.UPSTREAM_ORDERS;
			};
		}

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
	 * @param failure why it was not accepted, as counted in the report ({@code HTTP 422},
	 * {@code no answer: ...}, {@code OrderRejected: lines[0].sku}); null when accepted
	 * @param producedNanos when the broker acknowledged the placement record (upstream
	 * topic), -1 when there is no such step (HTTP)
	 */
	record Placement(String orderId, String failure, long producedNanos) {

		static Placement accepted(String orderId) {
			return new Placement(orderId, null, -1);
		}

		static Placement failed(String failure) {
			return new Placement(null, failure, -1);
		}

		boolean accepted() {
			return this.orderId != null;
		}

	}

	static OrderChannel open(BenchSettings settings) {
		return switch (settings.channel()) {
			case HTTP -> new HttpOrderChannel(settings.orderServiceUrl());
			case UPSTREAM_TOPIC ->
				new UpstreamOrderChannel(settings.kafkaBootstrap(), settings.label(), settings.drainTimeout());
		};
	}

}

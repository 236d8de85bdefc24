package io.openoms.contracts.upstream;

import java.util.List;

import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;

/** The events upstream systems publish, and the answers order-service publishes them. */
public final class UpstreamEvents {

	public static final EventType<OrderPlaced> PLACED = new EventType<>("OrderPlaced", 1, Topics.UPSTREAM_ORDERS,
			OrderPlaced.class);

	public static final EventType<OrderAccepted> ACCEPTED = new EventType<>("OrderAccepted", 1,
			Topics.UPSTREAM_ORDER_RESULTS, OrderAccepted.class);

	public static final EventType<OrderRejected> REJECTED = new EventType<>("OrderRejected", 1,
			Topics.UPSTREAM_ORDER_RESULTS, OrderRejected.class);

	public static final List<EventType<?>> ALL = List.of(PLACED, ACCEPTED, REJECTED);

	private UpstreamEvents() {
	}

}

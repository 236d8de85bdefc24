package io.openoms.contracts.shipping;

import java.util.List;

import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;

/** The events shipping-service publishes. */
public final class ShippingEvents {

	public static final EventType<ShipmentDispatched> DISPATCHED = new EventType<>("ShipmentDispatched", 1,
			Topics.SHIPPING_EVENTS, ShipmentDispatched.class);

	public static final EventType<ShipmentDelivered> DELIVERED = new EventType<>("ShipmentDelivered", 1,
			Topics.SHIPPING_EVENTS, ShipmentDelivered.class);

	public static final EventType<ShipmentFailed> FAILED = new EventType<>("ShipmentFailed", 1, Topics.SHIPPING_EVENTS,
			ShipmentFailed.class);

	public static final EventType<ShipmentTrackingUpdated> TRACKING_UPDATED = new EventType<>("ShipmentTrackingUpdated",
			1, Topics.SHIPPING_EVENTS, ShipmentTrackingUpdated.class);

	public static final List<EventType<?>> ALL = List.of(DISPATCHED, DELIVERED, FAILED, TRACKING_UPDATED);

	private ShippingEvents() {
	}

}

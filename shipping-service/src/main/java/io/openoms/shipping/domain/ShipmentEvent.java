package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a shipment: each transition of {@link Shipment} returns one of these.
 */
public sealed interface ShipmentEvent {

	UUID shipmentId();

	UUID orderId();

	record Dispatched(UUID shipmentId, UUID orderId, String carrier, String trackingNumber, String trackingUrl,
			Instant dispatchedAt) implements ShipmentEvent {
	}

	record Delivered(UUID shipmentId, UUID orderId, Instant deliveredAt) implements ShipmentEvent {
	}

}

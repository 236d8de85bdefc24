package io.openoms.contracts.shipping;

import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * A carrier picked up the order's parcel.
 *
 * @param orderId the order
 * @param shipmentId shipping-service's id of the shipment
 * @param carrier the carrier's name
 * @param trackingNumber the carrier's tracking number
 * @param trackingUrl where the customer can follow the parcel
 */
public record ShipmentDispatched(UUID orderId, UUID shipmentId, String carrier, String trackingNumber,
		String trackingUrl) implements EventPayload {
}

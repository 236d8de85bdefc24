package io.openoms.contracts.shipping;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Nullable;

/**
 * A carrier booked a label for one of the order's parcels and takes it: the order is
 * shipped. An order allocated in several warehouses has one parcel, and one such event,
 * per warehouse.
 *
 * @param orderId the order
 * @param shipmentId shipping-service's id of the shipment
 * @param carrier the carrier's name
 * @param trackingNumber the carrier's tracking number
 * @param trackingUrl where the customer can follow the parcel
 * @param service the carrier's service level, {@code STANDARD} or {@code EXPRESS}; null
 * from old producers
 */
public record ShipmentDispatched(UUID orderId, UUID shipmentId, String carrier, String trackingNumber,
		String trackingUrl, @Nullable String service) implements EventPayload {
}

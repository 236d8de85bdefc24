package io.openoms.contracts.shipping;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Nullable;

/**
 * The carrier confirmed delivery.
 *
 * @param orderId the order
 * @param shipmentId the shipment
 * @param deliveredAt when the carrier delivered it
 * @param allParcelsDelivered true when every parcel of the order is delivered now (the
 * order is complete), false when other parcels of the order are still on their way; null
 * from old producers means true (one parcel per order)
 */
public record ShipmentDelivered(UUID orderId, UUID shipmentId, Instant deliveredAt,
		@Nullable Boolean allParcelsDelivered) implements EventPayload {
}

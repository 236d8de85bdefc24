package io.openoms.contracts.shipping;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The carrier confirmed delivery.
 *
 * @param orderId the order
 * @param shipmentId the shipment
 * @param deliveredAt when the carrier delivered it
 */
public record ShipmentDelivered(UUID orderId, UUID shipmentId, Instant deliveredAt) implements EventPayload {
}

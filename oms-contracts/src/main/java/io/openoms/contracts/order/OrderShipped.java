package io.openoms.contracts.order;

import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The order left the warehouse.
 *
 * @param orderId the order
 * @param shipmentId the shipment carrying it
 * @param carrier the carrier's name
 * @param trackingNumber the carrier's tracking number
 */
public record OrderShipped(UUID orderId, UUID shipmentId, String carrier,
		String trackingNumber) implements EventPayload {
}

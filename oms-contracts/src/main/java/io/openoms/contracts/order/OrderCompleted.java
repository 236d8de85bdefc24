package io.openoms.contracts.order;

import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The order was delivered; its lifecycle ended successfully.
 *
 * @param orderId the order
 * @param shipmentId the shipment that delivered it
 */
public record OrderCompleted(UUID orderId, UUID shipmentId) implements EventPayload {
}

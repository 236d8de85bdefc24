package io.openoms.shipping.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a carrier needs to book a label: who sends what from where to whom.
 *
 * @param shipmentId our id of the shipment, the carrier's reference for it
 * @param orderId the order shipped
 * @param warehouse where the parcel is picked up
 * @param address where it goes
 * @param lines what is in it
 */
public record LabelRequest(UUID shipmentId, UUID orderId, String warehouse, ShippingAddress address,
		List<ShipmentLine> lines) {
}

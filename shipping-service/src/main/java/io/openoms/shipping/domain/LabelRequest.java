package io.openoms.shipping.domain;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * What a carrier needs to book a label: which service, for what, from where to whom.
 *
 * @param shipmentId our id of the shipment, the carrier's reference for it
 * @param orderId the order shipped
 * @param carrier the carrier asked
 * @param service the service level booked
 * @param cost the price of the label on the rate card
 * @param warehouse where the parcel is picked up
 * @param address where it goes
 * @param lines what is in it
 * @param weightGrams what it weighs
 */
public record LabelRequest(UUID shipmentId, UUID orderId, String carrier, ServiceLevel service, Money cost,
		String warehouse, ShippingAddress address, List<ShipmentLine> lines, int weightGrams) {
}

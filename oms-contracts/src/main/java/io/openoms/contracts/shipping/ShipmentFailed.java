package io.openoms.contracts.shipping;

import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Nullable;

/**
 * The order's parcel will not reach the customer: no carrier could book it, or the
 * carrier reported it undeliverable and returned it. The order is cancelled and
 * compensated.
 *
 * @param orderId the order
 * @param shipmentId the shipment, null if none could be booked
 * @param stage {@code BOOKING} (never left the warehouse) or {@code DELIVERY} (returned
 * by the carrier)
 * @param reason why, in words
 */
public record ShipmentFailed(UUID orderId, @Nullable UUID shipmentId, String stage,
		String reason) implements EventPayload {

	public static final String BOOKING = "BOOKING";

	public static final String DELIVERY = "DELIVERY";

}

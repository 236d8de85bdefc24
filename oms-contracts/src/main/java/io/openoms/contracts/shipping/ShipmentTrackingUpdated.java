package io.openoms.contracts.shipping;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Nullable;

/**
 * The carrier reported progress of a dispatched parcel that is neither its dispatch nor
 * its end: picked up, in transit, out for delivery, or a failed delivery attempt. The end
 * of a parcel's journey is {@link ShipmentDelivered} or {@link ShipmentFailed} (stage
 * {@code DELIVERY}, returned to sender). Published once per carrier tracking event,
 * however often the carrier sends it.
 *
 * @param orderId the order
 * @param shipmentId the shipment
 * @param carrier the carrier's name
 * @param trackingNumber the carrier's tracking number
 * @param status {@code PICKED_UP}, {@code IN_TRANSIT}, {@code OUT_FOR_DELIVERY} or
 * {@code DELIVERY_ATTEMPT_FAILED}
 * @param description what the carrier said, in words; may be null
 * @param location where it happened, as the carrier names it; may be null
 * @param occurredAt when it happened, by the carrier's clock
 */
public record ShipmentTrackingUpdated(UUID orderId, UUID shipmentId, String carrier, String trackingNumber,
		String status, @Nullable String description, @Nullable String location,
		Instant occurredAt) implements EventPayload {

	public static final String PICKED_UP = "PICKED_UP";

	public static final String IN_TRANSIT = "IN_TRANSIT";

	public static final String OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY";

	public static final String DELIVERY_ATTEMPT_FAILED = "DELIVERY_ATTEMPT_FAILED";

}

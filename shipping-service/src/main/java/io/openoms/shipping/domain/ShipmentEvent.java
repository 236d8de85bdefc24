package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a shipment that the other services need to know: the transitions of
 * {@link Shipment} return these. A recall is not among them: it follows from the order's
 * cancellation, which everybody already knows.
 */
public sealed interface ShipmentEvent {

	UUID shipmentId();

	UUID orderId();

	record Dispatched(UUID shipmentId, UUID orderId, String carrier, ServiceLevel service, String trackingNumber,
			String trackingUrl, Instant dispatchedAt) implements ShipmentEvent {
	}

	/**
	 * The carrier delivered the parcel.
	 *
	 * @param shipmentId the shipment
	 * @param orderId the order
	 * @param deliveredAt when, by the carrier's clock
	 * @param allParcelsDelivered whether every parcel of the order is delivered now
	 */
	record Delivered(UUID shipmentId, UUID orderId, Instant deliveredAt,
			boolean allParcelsDelivered) implements ShipmentEvent {

		public Delivered withAllParcelsDelivered(boolean all) {
			return new Delivered(this.shipmentId, this.orderId, this.deliveredAt, all);
		}

	}

	/** No carrier would book the parcel; it never left the warehouse. */
	record BookingFailed(UUID shipmentId, UUID orderId, String reason, Instant failedAt) implements ShipmentEvent {
	}

	/** The carrier could not deliver the parcel and returned it. */
	record Returned(UUID shipmentId, UUID orderId, String reason, Instant returnedAt) implements ShipmentEvent {
	}

	/** The carrier reported progress between dispatch and the end of the journey. */
	record TrackingUpdated(UUID shipmentId, UUID orderId, String carrier, String trackingNumber,
			TrackingEvent event) implements ShipmentEvent {
	}

}

package io.openoms.shipping.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShippingAddress;
import io.openoms.shipping.domain.TrackingEvent;

/**
 * A shipment as the API shows it, with its full tracking history. {@code reason} says why
 * a shipment FAILED, was RETURNED or RECALLED; {@code carrierChoice} why its carrier and
 * service were chosen.
 */
record ShipmentResponse(UUID id, UUID orderId, String status, String warehouse, ShippingAddress shippingAddress,
		List<ShipmentLine> lines, int weightGrams, String carrierChoice, Tracking tracking, Instant createdAt,
		Instant dispatchedAt, Instant deliveredAt, String reason, Instant failedAt, Instant returnedAt,
		Instant recalledAt) {

	static ShipmentResponse of(Shipment shipment) {
		Shipment.Snapshot s = shipment.snapshot();
		Label label = s.label();
		Tracking tracking = (label == null) ? null
				: new Tracking(label.carrier(), label.service().name(), label.trackingNumber(), label.trackingUrl(),
						label.cost(), label.expectedDeliveryAt(),
						(s.trackingStatus() != null) ? s.trackingStatus().name() : null,
						s.tracking().stream().map(TrackingEntry::of).toList());
		return new ShipmentResponse(s.id(), s.orderId(), s.status().name(), s.warehouse(), s.address(), s.lines(),
				s.weightGrams(), s.carrierChoice(), tracking, s.createdAt(), s.dispatchedAt(), s.deliveredAt(),
				s.reason(), s.failedAt(), s.returnedAt(), s.recalledAt());
	}

	/**
	 * The label and where the parcel is.
	 *
	 * @param status the latest tracking status that moved the parcel on
	 * @param history every report of the carrier, oldest first
	 */
	record Tracking(String carrier, String service, String trackingNumber, String trackingUrl, Money cost,
			Instant expectedDeliveryAt, String status, List<TrackingEntry> history) {
	}

	/**
	 * One report of the carrier; {@code applied} is false for one that arrived after a
	 * later report or after the journey ended.
	 */
	record TrackingEntry(String status, String description, String location, Instant occurredAt, Instant recordedAt,
			String carrierEventId, boolean applied) {

		static TrackingEntry of(TrackingEvent event) {
			return new TrackingEntry(event.status().name(), event.description(), event.location(), event.occurredAt(),
					event.recordedAt(), event.carrierEventId(), event.applied());
		}

	}

}

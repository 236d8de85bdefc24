package io.openoms.shipping.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShippingAddress;

/**
 * A shipment as the API shows it. {@code reason} says why a shipment FAILED, was RETURNED
 * or RECALLED.
 */
record ShipmentResponse(UUID id, UUID orderId, String status, String warehouse, ShippingAddress shippingAddress,
		List<ShipmentLine> lines, Tracking tracking, Instant createdAt, Instant dispatchedAt, Instant deliveredAt,
		String reason, Instant failedAt, Instant returnedAt, Instant recalledAt) {

	static ShipmentResponse of(Shipment shipment) {
		Shipment.Snapshot s = shipment.snapshot();
		Label label = s.label();
		return new ShipmentResponse(s.id(), s.orderId(), s.status().name(), s.warehouse(), s.address(), s.lines(),
				(label != null) ? new Tracking(label.carrier(), label.trackingNumber(), label.trackingUrl(),
						label.expectedDeliveryAt()) : null,
				s.createdAt(), s.dispatchedAt(), s.deliveredAt(), s.reason(), s.failedAt(), s.returnedAt(),
				s.recalledAt());
	}

	record Tracking(String carrier, String trackingNumber, String trackingUrl, Instant expectedDeliveryAt) {
	}

}

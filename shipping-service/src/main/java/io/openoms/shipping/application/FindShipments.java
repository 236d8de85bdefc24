package io.openoms.shipping.application;

import java.util.List;
import java.util.UUID;

import io.openoms.shipping.domain.Shipment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads shipments for the API. */
@Component
public class FindShipments {

	private final Shipments shipments;

	FindShipments(Shipments shipments) {
		this.shipments = shipments;
	}

	@Transactional(readOnly = true)
	public Shipment byId(UUID shipmentId) {
		return this.shipments.findById(shipmentId).orElseThrow(() -> new ShipmentNotFoundException(shipmentId));
	}

	@Transactional(readOnly = true)
	public List<Shipment> ofOrder(UUID orderId) {
		return this.shipments.findByOrderId(orderId);
	}

}

package io.openoms.shipping.web;

import java.util.List;
import java.util.UUID;

import io.openoms.shipping.application.FindShipments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads shipments. Shipments are only ever made by events, never by this API. */
@RestController
@RequestMapping("/api/shipments")
class ShipmentController {

	private final FindShipments findShipments;

	ShipmentController(FindShipments findShipments) {
		this.findShipments = findShipments;
	}

	@GetMapping
	List<ShipmentResponse> ofOrder(@RequestParam UUID orderId) {
		return this.findShipments.ofOrder(orderId).stream().map(ShipmentResponse::of).toList();
	}

	@GetMapping("/{shipmentId}")
	ShipmentResponse get(@PathVariable UUID shipmentId) {
		return ShipmentResponse.of(this.findShipments.byId(shipmentId));
	}

}

package io.openoms.shipping.web;

import java.util.List;
import java.util.UUID;

import io.openoms.shipping.application.FindShipments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads shipments. Shipments are only ever made by events, never by this API. */
@RestController
@Tag(name = "Shipments")
@RequestMapping("/api/shipments")
class ShipmentController {

	private final FindShipments findShipments;

	ShipmentController(FindShipments findShipments) {
		this.findShipments = findShipments;
	}

	@GetMapping
	@Operation(operationId = "listShipments", summary = "An order's shipments (parcels)")
	@ApiResponse(responseCode = "200", description = "The shipments with their tracking")
	List<ShipmentResponse> ofOrder(@RequestParam UUID orderId) {
		return this.findShipments.ofOrder(orderId).stream().map(ShipmentResponse::of).toList();
	}

	@GetMapping("/{shipmentId}")
	@Operation(operationId = "getShipment", summary = "Read a shipment")
	@ApiResponse(responseCode = "200", description = "The shipment with its tracking")
	ShipmentResponse get(@PathVariable UUID shipmentId) {
		return ShipmentResponse.of(this.findShipments.byId(shipmentId));
	}

}

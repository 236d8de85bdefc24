package io.openoms.shipping.application;

import java.util.UUID;

/** No shipment has the id asked for. */
public class ShipmentNotFoundException extends RuntimeException {

	public ShipmentNotFoundException(UUID shipmentId) {
		super("no shipment with id " + shipmentId);
	}

}

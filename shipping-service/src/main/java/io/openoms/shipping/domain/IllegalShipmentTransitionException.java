package io.openoms.shipping.domain;

import java.util.UUID;

/**
 * A transition the shipment's state machine does not allow, for example delivering a
 * parcel never dispatched.
 */
public class IllegalShipmentTransitionException extends RuntimeException {

	private final UUID shipmentId;

	private final ShipmentStatus from;

	private final ShipmentStatus to;

	public IllegalShipmentTransitionException(UUID shipmentId, ShipmentStatus from, ShipmentStatus to) {
		super("shipment " + shipmentId + " cannot move from " + from + " to " + to);
		this.shipmentId = shipmentId;
		this.from = from;
		this.to = to;
	}

	public UUID shipmentId() {
		return this.shipmentId;
	}

	public ShipmentStatus from() {
		return this.from;
	}

	public ShipmentStatus to() {
		return this.to;
	}

}

package io.openoms.shipping.domain;

/**
 * The lifecycle of a shipment: CREATED when the order's stock is allocated, DISPATCHED
 * once a carrier has the parcel, DELIVERED when the carrier confirms delivery. DELIVERED
 * is terminal.
 */
public enum ShipmentStatus {

	CREATED, DISPATCHED, DELIVERED;

	public boolean canMoveTo(ShipmentStatus next) {
		return switch (next) {
			case CREATED -> false;
			case DISPATCHED -> this == CREATED;
			case DELIVERED -> this == DISPATCHED;
		};
	}

}

package io.openoms.shipping.domain;

/**
 * The lifecycle of a shipment: CREATED when the order's stock is allocated, then either
 * DISPATCHED once a carrier has the parcel or FAILED when no carrier would book it. A
 * dispatched parcel ends DELIVERED when the carrier confirms delivery, RETURNED when the
 * carrier could not deliver it, or RECALLED when the order was cancelled before it
 * arrived. DELIVERED, FAILED, RETURNED and RECALLED are terminal.
 */
public enum ShipmentStatus {

	CREATED, DISPATCHED, DELIVERED, FAILED, RETURNED, RECALLED;

	public boolean canMoveTo(ShipmentStatus next) {
		return switch (next) {
			case CREATED -> false;
			case DISPATCHED, FAILED -> this == CREATED;
			case DELIVERED, RETURNED, RECALLED -> this == DISPATCHED;
		};
	}

}

package io.openoms.shipping.domain;

/**
 * Where a booked parcel is, as its carrier reports it: LABEL_CREATED when booked, then
 * PICKED_UP, IN_TRANSIT (as often as it passes a hub), OUT_FOR_DELIVERY, possibly
 * DELIVERY_ATTEMPT_FAILED and out for delivery again, and finally DELIVERED or
 * RETURNED_TO_SENDER. The two final ones end the shipment (DELIVERED, RETURNED); a parcel
 * can reach them from any point, and nothing moves it on after them.
 */
public enum TrackingStatus {

	LABEL_CREATED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, DELIVERED, RETURNED_TO_SENDER;

	public boolean isFinal() {
		return this == DELIVERED || this == RETURNED_TO_SENDER;
	}

}

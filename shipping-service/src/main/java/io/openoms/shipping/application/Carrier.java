package io.openoms.shipping.application;

import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;

/**
 * The parcel carrier. Booking a label hands the parcel over; an exception means the
 * carrier could not be reached, and the booking is retried.
 */
public interface Carrier {

	Label book(LabelRequest request);

}

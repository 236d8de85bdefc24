package io.openoms.shipping.application;

import io.openoms.shipping.domain.BookingResult;
import io.openoms.shipping.domain.DeliveryOutcome;
import io.openoms.shipping.domain.LabelRequest;

/**
 * The parcel carrier. An exception from either method means the carrier could not be
 * reached, and the work is retried; a refusal or an undeliverable parcel is an answer,
 * not an exception.
 */
public interface Carrier {

	/**
	 * Books a label, which hands the parcel over, or says why the carrier will not take
	 * it.
	 */
	BookingResult book(LabelRequest request);

	/**
	 * What happened when the carrier tried to deliver a dispatched parcel whose expected
	 * delivery time has come: delivered, or undeliverable and on its way back.
	 */
	DeliveryOutcome deliver(LabelRequest parcel);

}

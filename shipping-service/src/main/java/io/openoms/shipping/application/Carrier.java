package io.openoms.shipping.application;

import io.openoms.shipping.domain.BookingResult;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;

/**
 * The carriers on the rate card, reached through one port. An exception from a method
 * means the carrier could not be reached, and the work is retried; a refusal is an
 * answer, not an exception. Carriers report a parcel's progress themselves, through
 * {@link RecordTrackingUpdate} (the webhook, or the simulated carrier in process).
 */
public interface Carrier {

	/**
	 * Books a label with the requested carrier and service, which hands the parcel over,
	 * or says why the carrier will not take it.
	 */
	BookingResult book(LabelRequest request);

	/**
	 * Asks the carrier to bring back a parcel it has not delivered yet; it reports
	 * nothing more about it.
	 */
	void recall(Label label);

}

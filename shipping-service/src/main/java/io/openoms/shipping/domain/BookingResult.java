package io.openoms.shipping.domain;

import java.util.Objects;

/**
 * What a carrier answered when asked to book a label. A refusal is an outcome, not an
 * error: the carrier was reached and said no.
 */
public sealed interface BookingResult {

	/**
	 * The carrier booked a label and takes the parcel.
	 *
	 * @param label the booked label
	 */
	record Booked(Label label) implements BookingResult {

		public Booked {
			Objects.requireNonNull(label, "label");
		}

	}

	/**
	 * The carrier will not take the parcel, for example because it does not serve the
	 * destination.
	 *
	 * @param reason why, in words an operator understands
	 */
	record Refused(String reason) implements BookingResult {

		public Refused {
			Shipment.requireReason(reason);
		}

	}

}

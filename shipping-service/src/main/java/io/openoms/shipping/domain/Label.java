package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A carrier's booked label: the parcel is the carrier's now.
 *
 * @param carrier the carrier's name
 * @param trackingNumber the carrier's tracking number
 * @param trackingUrl where the customer can follow the parcel
 * @param expectedDeliveryAt when the carrier expects to deliver
 */
public record Label(String carrier, String trackingNumber, String trackingUrl, Instant expectedDeliveryAt) {

	public Label {
		Objects.requireNonNull(carrier, "carrier");
		Objects.requireNonNull(trackingNumber, "trackingNumber");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(expectedDeliveryAt, "expectedDeliveryAt");
	}

}

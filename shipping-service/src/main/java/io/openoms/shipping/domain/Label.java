package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.Objects;

import io.openoms.contracts.Money;

/**
 * A carrier's booked label: the parcel is the carrier's now.
 *
 * @param carrier the carrier's name
 * @param service the service level booked
 * @param trackingNumber the carrier's tracking number
 * @param trackingUrl where the customer can follow the parcel
 * @param cost what the label cost
 * @param expectedDeliveryAt when the carrier expects to deliver
 */
public record Label(String carrier, ServiceLevel service, String trackingNumber, String trackingUrl, Money cost,
		Instant expectedDeliveryAt) {

	public Label {
		Objects.requireNonNull(carrier, "carrier");
		Objects.requireNonNull(service, "service");
		Objects.requireNonNull(trackingNumber, "trackingNumber");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(cost, "cost");
		Objects.requireNonNull(expectedDeliveryAt, "expectedDeliveryAt");
	}

}

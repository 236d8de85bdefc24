package io.openoms.shipping.carrier;

import java.time.Clock;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.application.Carrier;
import io.openoms.shipping.domain.BookingResult;
import io.openoms.shipping.domain.DeliveryOutcome;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A carrier that never leaves the process: "SIMPOST" books a label at once and delivers
 * after the configured delay. Tracking numbers come from a database sequence, so they are
 * unique across instances and restarts, as a real carrier's are.
 * <p>
 * Its failures are deterministic, so the failure paths can be driven on purpose: it
 * refuses to book parcels to the countries in
 * {@code oms.shipping.simulated-unserved-countries} (by default {@code AQ}, Antarctica),
 * and it cannot deliver a parcel whose address line 1 contains {@value #UNDELIVERABLE},
 * which it returns to the warehouse instead.
 */
@Component
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SimulatedCarrier implements Carrier {

	static final String NAME = "SIMPOST";

	static final String TRACKING_URL = "https://track.example/";

	/** Address line 1 containing this marks a parcel the carrier cannot deliver. */
	static final String UNDELIVERABLE = "UNDELIVERABLE";

	private final TrackingNumbers trackingNumbers;

	private final ShippingProperties properties;

	private final Clock clock;

	SimulatedCarrier(TrackingNumbers trackingNumbers, ShippingProperties properties, Clock clock) {
		this.trackingNumbers = trackingNumbers;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public BookingResult book(LabelRequest request) {
		String country = request.address().country();
		if (this.properties.simulatedUnservedCountries().contains(country)) {
			return new BookingResult.Refused(NAME + " does not deliver to " + country);
		}
		String trackingNumber = this.trackingNumbers.next();
		return new BookingResult.Booked(new Label(NAME, trackingNumber, TRACKING_URL + trackingNumber,
				this.clock.instant().plus(this.properties.simulatedDeliveryDelay())));
	}

	@Override
	public DeliveryOutcome deliver(LabelRequest parcel) {
		if (parcel.address().line1().contains(UNDELIVERABLE)) {
			return new DeliveryOutcome.Undeliverable(NAME + " could not deliver to '" + parcel.address().line1()
					+ "' and returns the parcel to " + parcel.warehouse());
		}
		return new DeliveryOutcome.Delivered();
	}

}

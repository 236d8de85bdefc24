package io.openoms.shipping.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.application.Carrier;
import io.openoms.shipping.domain.BookingResult;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;
import io.openoms.shipping.domain.ServiceLevel;
import io.openoms.shipping.domain.TrackingStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Carriers that never leave the process: "SIMPOST" (parcels) and "SIMFREIGHT" (heavy
 * goods) book a label at once and then report the parcel's journey (picked up, in
 * transit, out for delivery, delivered) the way a real carrier's webhook would, through
 * {@link SimulatedTracking}. A STANDARD journey takes
 * {@code oms.shipping.simulated-delivery-delay}, an EXPRESS one half of it. Tracking
 * numbers come from a database sequence, so they are unique across instances and
 * restarts, as a real carrier's are.
 * <p>
 * Its failures can be driven on purpose: it refuses to book parcels to the countries in
 * {@code oms.shipping.simulated-unserved-countries} (by default {@code AQ}, Antarctica),
 * and it cannot deliver a parcel whose address line 1 contains {@value #UNDELIVERABLE}:
 * after a failed attempt it returns it to sender. By chance, a configurable share of
 * parcels needs a second delivery attempt ({@code simulated-failed-attempt-share}) or is
 * returned ({@code simulated-return-share}).
 */
@Component
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SimulatedCarrier implements Carrier {

	static final String TRACKING_URL = "https://track.example/";

	/** Address line 1 containing this marks a parcel the carrier cannot deliver. */
	static final String UNDELIVERABLE = "UNDELIVERABLE";

	/** The simulated carriers and the letters their tracking numbers start with. */
	static final Map<String, String> PREFIXES = Map.of("SIMPOST", "SP", "SIMFREIGHT", "SF");

	private final TrackingNumbers trackingNumbers;

	private final SimulatedParcels parcels;

	private final ShippingProperties properties;

	private final Clock clock;

	private final DoubleSupplier chance;

	@Autowired
	SimulatedCarrier(TrackingNumbers trackingNumbers, SimulatedParcels parcels, ShippingProperties properties,
			Clock clock) {
		this(trackingNumbers, parcels, properties, clock, () -> ThreadLocalRandom.current().nextDouble());
	}

	SimulatedCarrier(TrackingNumbers trackingNumbers, SimulatedParcels parcels, ShippingProperties properties,
			Clock clock, DoubleSupplier chance) {
		this.trackingNumbers = trackingNumbers;
		this.parcels = parcels;
		this.properties = properties;
		this.clock = clock;
		this.chance = chance;
	}

	@Override
	public BookingResult book(LabelRequest request) {
		String prefix = PREFIXES.get(request.carrier());
		if (prefix == null) {
			return new BookingResult.Refused("no simulated carrier is called " + request.carrier());
		}
		String country = request.address().country();
		if (this.properties.simulatedUnservedCountries().contains(country)) {
			return new BookingResult.Refused(request.carrier() + " does not deliver to " + country);
		}
		String trackingNumber = this.trackingNumbers.next(prefix);
		Instant now = this.clock.instant();
		Duration duration = (request.service() == ServiceLevel.EXPRESS)
				? this.properties.simulatedDeliveryDelay().dividedBy(2) : this.properties.simulatedDeliveryDelay();
		SimulatedJourney journey = new SimulatedJourney(request.carrier(), trackingNumber, journeyOf(request),
				request.warehouse(), request.address().city(), country, request.address().line1(), now, duration, 0);
		this.parcels.add(journey);
		return new BookingResult.Booked(new Label(request.carrier(), request.service(), trackingNumber,
				TRACKING_URL + trackingNumber, request.cost(), now.plus(duration)));
	}

	@Override
	public void recall(Label label) {
		this.parcels.stop(label.carrier(), label.trackingNumber());
	}

	private List<TrackingStatus> journeyOf(LabelRequest request) {
		if (request.address().line1().contains(UNDELIVERABLE)) {
			return SimulatedJourney.RETURN_TO_SENDER;
		}
		double draw = this.chance.getAsDouble();
		if (draw < this.properties.simulatedReturnShare()) {
			return SimulatedJourney.RETURN_TO_SENDER;
		}
		if (draw < this.properties.simulatedReturnShare() + this.properties.simulatedFailedAttemptShare()) {
			return SimulatedJourney.DELIVERY_AT_SECOND_ATTEMPT;
		}
		return SimulatedJourney.DELIVERY;
	}

}

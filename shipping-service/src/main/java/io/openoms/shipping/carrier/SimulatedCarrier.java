package io.openoms.shipping.carrier;

import java.time.Clock;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.application.Carrier;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A carrier that never leaves the process: "SIMPOST" books a label at once and delivers
 * after the configured delay. Tracking numbers come from a database sequence, so they are
 * unique across instances and restarts, as a real carrier's are.
 */
@Component
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SimulatedCarrier implements Carrier {

	static final String NAME = "SIMPOST";

	static final String TRACKING_URL = "https://track.example/";

	private final TrackingNumbers trackingNumbers;

	private final ShippingProperties properties;

	private final Clock clock;

	SimulatedCarrier(TrackingNumbers trackingNumbers, ShippingProperties properties, Clock clock) {
		this.trackingNumbers = trackingNumbers;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Label book(LabelRequest request) {
		String trackingNumber = this.trackingNumbers.next();
		return new Label(NAME, trackingNumber, TRACKING_URL + trackingNumber,
				this.clock.instant().plus(this.properties.simulatedDeliveryDelay()));
	}

}

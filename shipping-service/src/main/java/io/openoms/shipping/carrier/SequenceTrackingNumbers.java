package io.openoms.shipping.carrier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tracking number serials from a database sequence: unique across instances, restarts and
 * the simulated carriers.
 */
@Component
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SequenceTrackingNumbers implements TrackingNumbers {

	private final JdbcClient jdbc;

	SequenceTrackingNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String next(String prefix) {
		return TrackingNumbers.format(prefix,
				this.jdbc.sql("select nextval('simulated_carrier_tracking_number')").query(Long.class).single());
	}

}

package io.openoms.shipping.carrier;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The simulated carriers' books: the journey of every parcel they carry. */
@Repository
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SimulatedParcels {

	private final JdbcClient jdbc;

	SimulatedParcels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(SimulatedJourney journey) {
		this.jdbc.sql("""
				insert into simulated_parcel (carrier, tracking_number, steps, warehouse, city, country, line1,
				    dispatched_at, journey_millis, next_step, next_due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(journey.carrier(), journey.trackingNumber(), SimulatedJourney.encode(journey.steps()),
					journey.warehouse(), journey.city(), journey.country(), journey.line1(),
					Timestamp.from(journey.dispatchedAt()), journey.duration().toMillis(), journey.nextStep(),
					Timestamp.from(journey.nextDueAt()))
			.update();
	}

	/** Ends a journey early: the parcel reports nothing more. */
	void stop(String carrier, String trackingNumber) {
		this.jdbc.sql("update simulated_parcel set next_due_at = null where carrier = ? and tracking_number = ?")
			.params(carrier, trackingNumber)
			.update();
	}

	/**
	 * Journeys with a step due by {@code now}, locked until the transaction ends; those
	 * another instance holds are skipped.
	 */
	List<SimulatedJourney> lockDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select * from simulated_parcel where next_due_at <= ?
				order by next_due_at, carrier, tracking_number
				limit ?
				for update skip locked
				""")
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new SimulatedJourney(rs.getString("carrier"), rs.getString("tracking_number"),
					SimulatedJourney.decode(rs.getString("steps")), rs.getString("warehouse"), rs.getString("city"),
					rs.getString("country"), rs.getString("line1"), rs.getTimestamp("dispatched_at").toInstant(),
					Duration.ofMillis(rs.getLong("journey_millis")), rs.getInt("next_step")))
			.list();
	}

	/**
	 * Whether any journey has a step due by {@code now}; a cheap look without a
	 * transaction or locks, for polls that usually find nothing.
	 */
	boolean anyDue(Instant now) {
		return this.jdbc.sql("select exists (select 1 from simulated_parcel where next_due_at <= ?)")
			.param(Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	/** Writes how far each of the journeys has come, in one statement. */
	void updateAll(List<SimulatedJourney> journeys) {
		if (journeys.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update simulated_parcel p set next_step = j.next_step, next_due_at = j.next_due_at
				from unnest(?::varchar[], ?::varchar[], ?::int[], ?::timestamptz[])
				    as j (carrier, tracking_number, next_step, next_due_at)
				where p.carrier = j.carrier and p.tracking_number = j.tracking_number
				""")
			.params(journeys.stream().map(SimulatedJourney::carrier).toArray(String[]::new),
					journeys.stream().map(SimulatedJourney::trackingNumber).toArray(String[]::new),
					journeys.stream().map(SimulatedJourney::nextStep).toArray(Integer[]::new),
					journeys.stream()
						.map(SimulatedJourney::nextDueAt)
						.map((next) -> (next != null) ? next.toString() : null)
						.toArray(String[]::new))
			.update();
	}

}

package io.openoms.shipping.carrier;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.TrackingStatus;

/**
 * The journey a simulated carrier has planned for one parcel: the tracking steps after
 * LABEL_CREATED, spread evenly over the journey's duration, so the last one (delivered or
 * returned) falls exactly at its end.
 *
 * @param carrier the carrier's name
 * @param trackingNumber the parcel's tracking number
 * @param steps the statuses the parcel will pass, in order
 * @param warehouse where it is picked up
 * @param city where it goes
 * @param country the destination country
 * @param line1 the destination's address line 1
 * @param dispatchedAt when the label was booked
 * @param duration how long the journey takes
 * @param nextStep the index of the next step to report
 */
record SimulatedJourney(String carrier, String trackingNumber, List<TrackingStatus> steps, String warehouse,
		String city, String country, String line1, Instant dispatchedAt, Duration duration, int nextStep) {

	static final List<TrackingStatus> DELIVERY = List.of(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT,
			TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);

	static final List<TrackingStatus> DELIVERY_AT_SECOND_ATTEMPT = List.of(TrackingStatus.PICKED_UP,
			TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERY_ATTEMPT_FAILED,
			TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);

	static final List<TrackingStatus> RETURN_TO_SENDER = List.of(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT,
			TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERY_ATTEMPT_FAILED, TrackingStatus.RETURNED_TO_SENDER);

	boolean isOver() {
		return this.nextStep >= this.steps.size();
	}

	/** When step {@code index} (0-based) is due. */
	Instant dueAt(int index) {
		return this.dispatchedAt.plus(this.duration.multipliedBy(index + 1).dividedBy(this.steps.size()));
	}

	/** When the next step is due; null when the journey is over. */
	Instant nextDueAt() {
		return isOver() ? null : dueAt(this.nextStep);
	}

	SimulatedJourney advanced() {
		return new SimulatedJourney(this.carrier, this.trackingNumber, this.steps, this.warehouse, this.city,
				this.country, this.line1, this.dispatchedAt, this.duration, this.nextStep + 1);
	}

	/** The carrier's report of the next step, with an event id unique to it. */
	Shipment.TrackingReport nextReport() {
		TrackingStatus status = this.steps.get(this.nextStep);
		String eventId = this.trackingNumber + "-" + (this.nextStep + 1);
		Instant at = dueAt(this.nextStep);
		return switch (status) {
			case PICKED_UP ->
				new Shipment.TrackingReport(eventId, status, "picked up at " + this.warehouse, this.warehouse, at);
			case IN_TRANSIT -> new Shipment.TrackingReport(eventId, status, "sorted at the hub",
					this.carrier + " hub " + this.country, at);
			case OUT_FOR_DELIVERY -> new Shipment.TrackingReport(eventId, status, "out for delivery", this.city, at);
			case DELIVERY_ATTEMPT_FAILED -> new Shipment.TrackingReport(eventId, status,
					this.steps.contains(TrackingStatus.RETURNED_TO_SENDER)
							? "delivery attempt failed: the address '" + this.line1 + "' cannot be found"
							: "delivery attempt failed: nobody at home; a second attempt follows",
					this.city, at);
			case RETURNED_TO_SENDER ->
				new Shipment.TrackingReport(eventId, status, this.carrier + " could not deliver to '" + this.line1
						+ "' and returns the parcel to " + this.warehouse, this.warehouse, at);
			default -> new Shipment.TrackingReport(eventId, status, "delivered", this.city, at);
		};
	}

	static String encode(List<TrackingStatus> steps) {
		return steps.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	static List<TrackingStatus> decode(String steps) {
		return Arrays.stream(steps.split(",")).map(TrackingStatus::valueOf).toList();
	}

}

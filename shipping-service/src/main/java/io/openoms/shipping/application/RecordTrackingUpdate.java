package io.openoms.shipping.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.openoms.messaging.Causation;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a carrier's tracking report about one of its parcels, once per carrier event
 * id: into the parcel's tracking history, and, when it moves the parcel on, as an event
 * (tracking updated, delivered, or returned to sender). Every shipment of the order is
 * locked first, so reports about two parcels of one order are recorded one after the
 * other and the last delivery of an order says so. Several reports about one parcel can
 * be recorded at once (the simulated carriers report all steps due in one go): the parcel
 * is loaded and saved once for all of them.
 */
@Component
public class RecordTrackingUpdate {

	private final Shipments shipments;

	private final ShipmentEventPublisher events;

	private final Clock clock;

	RecordTrackingUpdate(Shipments shipments, ShipmentEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param carrier the carrier that reports
	 * @param trackingNumber its tracking number of the parcel
	 * @param report what it reports
	 * @return what became of the report
	 * @throws UnknownShipmentException if no shipment has this carrier's tracking number
	 */
	@Transactional
	public Result record(String carrier, String trackingNumber, Shipment.TrackingReport report) {
		return recordAll(carrier, trackingNumber, List.of(report)).get(0);
	}

	/**
	 * Records several reports of a carrier about one parcel, in the given order, exactly
	 * as one {@link #record} call each would, but loading and saving the parcel once.
	 * @param carrier the carrier that reports
	 * @param trackingNumber its tracking number of the parcel
	 * @param reports what it reports, in the order received
	 * @return what became of each report, in the same order
	 * @throws UnknownShipmentException if no shipment has this carrier's tracking number
	 */
	@Transactional
	public List<Result> recordAll(String carrier, String trackingNumber, List<Shipment.TrackingReport> reports) {
		Shipments.LockedForTracking locked = this.shipments.lockByTrackingNumber(carrier, trackingNumber,
				reports.stream().map(Shipment.TrackingReport::carrierEventId).filter(Objects::nonNull).toList());
		List<Shipments.Tracked> ofOrder = locked.shipments();
		Shipments.Tracked tracked = ofOrder.stream()
			.filter((t) -> t.shipment().label() != null && carrier.equals(t.shipment().label().carrier())
					&& trackingNumber.equals(t.shipment().label().trackingNumber()))
			.findFirst()
			.orElseThrow(() -> new UnknownShipmentException(carrier, trackingNumber));
		Shipment shipment = tracked.shipment();
		// Read under the lock: a concurrent duplicate waits for it, then finds this one.
		Set<String> recorded = new HashSet<>(locked.recordedEventIds());
		List<Result> results = new ArrayList<>();
		List<Published> published = new ArrayList<>();
		for (Shipment.TrackingReport report : reports) {
			if (!recorded.add(report.carrierEventId())) {
				results.add(new Result(shipment.id(), Outcome.DUPLICATE));
				continue;
			}
			Shipment.Tracked outcome = shipment.track(report, this.clock.instant());
			if (!outcome.applied()) {
				results.add(new Result(shipment.id(), Outcome.RECORDED));
				continue;
			}
			ShipmentEvent event = outcome.event();
			if (event instanceof ShipmentEvent.Delivered delivered) {
				event = delivered.withAllParcelsDelivered(
						Shipment.allDelivered(ofOrder.stream().map(Shipments.Tracked::shipment).toList()));
			}
			// The carrier's report is the cause; its id is the carrier's, made a UUID.
			UUID causationId = UUID
				.nameUUIDFromBytes((carrier + "/" + report.carrierEventId()).getBytes(StandardCharsets.UTF_8));
			published.add(new Published(event, new Causation(tracked.correlationId(), causationId)));
			results.add(new Result(shipment.id(), Outcome.APPLIED));
		}
		this.shipments.update(shipment);
		published.forEach((p) -> this.events.publish(p.event(), p.causation()));
		return results;
	}

	private record Published(ShipmentEvent event, Causation causation) {
	}

	/** What a report did. */
	public enum Outcome {

		/** It moved the parcel on, and was published. */
		APPLIED,

		/**
		 * It is in the tracking history but moved nothing on: it arrived after a later
		 * report, or after the parcel's journey ended.
		 */
		RECORDED,

		/** A report with this carrier event id was recorded before; nothing changed. */
		DUPLICATE

	}

	/**
	 * @param shipmentId the shipment the report is about
	 * @param outcome what it did
	 */
	public record Result(UUID shipmentId, Outcome outcome) {
	}

}

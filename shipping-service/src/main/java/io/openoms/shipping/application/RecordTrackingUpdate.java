package io.openoms.shipping.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
 * other and the last delivery of an order says so.
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
		UUID orderId = this.shipments.orderIdOfTrackingNumber(carrier, trackingNumber)
			.orElseThrow(() -> new UnknownShipmentException(carrier, trackingNumber));
		List<Shipments.Tracked> ofOrder = this.shipments.lockByOrderId(orderId);
		Shipments.Tracked tracked = ofOrder.stream()
			.filter((t) -> t.shipment().label() != null && carrier.equals(t.shipment().label().carrier())
					&& trackingNumber.equals(t.shipment().label().trackingNumber()))
			.findFirst()
			.orElseThrow(() -> new UnknownShipmentException(carrier, trackingNumber));
		Shipment shipment = tracked.shipment();
		// Checked under the lock: a concurrent duplicate waits above, then finds this.
		if (this.shipments.trackingEventRecorded(carrier, report.carrierEventId())) {
			return new Result(shipment.id(), Outcome.DUPLICATE);
		}
		Shipment.Tracked outcome = shipment.track(report, this.clock.instant());
		this.shipments.update(shipment);
		if (!outcome.applied()) {
			return new Result(shipment.id(), Outcome.RECORDED);
		}
		ShipmentEvent event = outcome.event();
		if (event instanceof ShipmentEvent.Delivered delivered) {
			event = delivered.withAllParcelsDelivered(
					Shipment.allDelivered(ofOrder.stream().map(Shipments.Tracked::shipment).toList()));
		}
		// The carrier's report is the cause; its id is the carrier's, made a UUID.
		UUID causationId = UUID
			.nameUUIDFromBytes((carrier + "/" + report.carrierEventId()).getBytes(StandardCharsets.UTF_8));
		this.events.publish(event, new Causation(tracked.correlationId(), causationId));
		return new Result(shipment.id(), Outcome.APPLIED);
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

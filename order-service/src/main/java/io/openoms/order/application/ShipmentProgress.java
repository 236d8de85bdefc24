package io.openoms.order.application;

import java.time.Clock;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.shipping.ShipmentDelivered;
import io.openoms.contracts.shipping.ShipmentDispatched;
import io.openoms.contracts.shipping.ShipmentFailed;
import io.openoms.contracts.shipping.ShipmentTrackingUpdated;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;

/** Moves orders on when shipping-service reports a dispatch, a delivery or a failure. */
@Component
public class ShipmentProgress {

	private final OrderTransitions transitions;

	private final Clock clock;

	ShipmentProgress(OrderTransitions transitions, Clock clock) {
		this.transitions = transitions;
		this.clock = clock;
	}

	public void on(EventEnvelope<ShipmentDispatched> event) {
		ShipmentDispatched shipment = event.payload();
		this.transitions.apply(
				shipment.orderId(), (order) -> order.shipmentDispatched(shipment.shipmentId(), shipment.carrier(),
						shipment.service(), shipment.trackingNumber(), this.clock.instant()),
				Causation.causedBy(event));
	}

	public void onDelivered(EventEnvelope<ShipmentDelivered> event) {
		ShipmentDelivered delivery = event.payload();
		this.transitions.apply(delivery.orderId(),
				(order) -> order.shipmentDelivered(delivery.shipmentId(),
						!Boolean.FALSE.equals(delivery.allParcelsDelivered()), this.clock.instant()),
				Causation.causedBy(event));
	}

	/**
	 * A carrier's progress report between dispatch and delivery: a note in the order's
	 * history, such as
	 * {@code parcel SP000000000017 (SIMPOST) IN_TRANSIT at SIMPOST hub DE:
	 * sorted at the hub}.
	 */
	public void onTrackingUpdated(EventEnvelope<ShipmentTrackingUpdated> event) {
		ShipmentTrackingUpdated update = event.payload();
		String text = "parcel " + update.trackingNumber() + " (" + update.carrier() + ") " + update.status()
				+ ((update.location() != null) ? " at " + update.location() : "")
				+ ((update.description() != null) ? ": " + update.description() : "");
		this.transitions.note(update.orderId(), text, this.clock.instant());
	}

	public void onFailed(EventEnvelope<ShipmentFailed> event) {
		ShipmentFailed failure = event.payload();
		String reason = ShipmentFailed.BOOKING.equals(failure.stage())
				? "no carrier could book the parcel: " + failure.reason()
				: "the carrier returned the parcel: " + failure.reason();
		this.transitions.apply(failure.orderId(), (order) -> order.shipmentFailed(reason, this.clock.instant()),
				Causation.causedBy(event));
	}

}

package io.openoms.order.application;

import java.time.Clock;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.shipping.ShipmentDelivered;
import io.openoms.contracts.shipping.ShipmentDispatched;
import io.openoms.contracts.shipping.ShipmentFailed;
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
		this.transitions.apply(shipment.orderId(), (order) -> order.shipmentDispatched(shipment.shipmentId(),
				shipment.carrier(), shipment.trackingNumber(), this.clock.instant()), Causation.causedBy(event));
	}

	public void onDelivered(EventEnvelope<ShipmentDelivered> event) {
		ShipmentDelivered delivery = event.payload();
		this.transitions.apply(delivery.orderId(),
				(order) -> order.shipmentDelivered(delivery.shipmentId(), this.clock.instant()),
				Causation.causedBy(event));
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

package io.openoms.shipping.messaging;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.shipping.ShipmentDelivered;
import io.openoms.contracts.shipping.ShipmentDispatched;
import io.openoms.contracts.shipping.ShipmentFailed;
import io.openoms.contracts.shipping.ShipmentTrackingUpdated;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import io.openoms.shipping.application.ShipmentEventPublisher;
import io.openoms.shipping.domain.ShipmentEvent;
import io.openoms.shipping.domain.TrackingEvent;
import org.springframework.stereotype.Component;

/** Translates the shipment's domain events into the published contracts. */
@Component
class OutboxShipmentEventPublisher implements ShipmentEventPublisher {

	private final Outbox outbox;

	OutboxShipmentEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void publish(ShipmentEvent event, Causation causation) {
		this.outbox.append(toContract(event), causation);
	}

	private static EventPayload toContract(ShipmentEvent event) {
		if (event instanceof ShipmentEvent.Dispatched dispatched) {
			return new ShipmentDispatched(dispatched.orderId(), dispatched.shipmentId(), dispatched.carrier(),
					dispatched.trackingNumber(), dispatched.trackingUrl(), dispatched.service().name());
		}
		if (event instanceof ShipmentEvent.Delivered delivered) {
			return new ShipmentDelivered(delivered.orderId(), delivered.shipmentId(), delivered.deliveredAt(),
					delivered.allParcelsDelivered());
		}
		if (event instanceof ShipmentEvent.BookingFailed failed) {
			return new ShipmentFailed(failed.orderId(), failed.shipmentId(), ShipmentFailed.BOOKING, failed.reason());
		}
		if (event instanceof ShipmentEvent.Returned returned) {
			return new ShipmentFailed(returned.orderId(), returned.shipmentId(), ShipmentFailed.DELIVERY,
					returned.reason());
		}
		return trackingUpdated((ShipmentEvent.TrackingUpdated) event);
	}

	private static ShipmentTrackingUpdated trackingUpdated(ShipmentEvent.TrackingUpdated updated) {
		TrackingEvent entry = updated.event();
		return new ShipmentTrackingUpdated(updated.orderId(), updated.shipmentId(), updated.carrier(),
				updated.trackingNumber(), entry.status().name(), entry.description(), entry.location(),
				entry.occurredAt());
	}

}

package io.openoms.shipping.application;

import io.openoms.messaging.Causation;
import io.openoms.shipping.domain.ShipmentEvent;

/** Appends a shipment's events to the outbox, in the caller's transaction. */
public interface ShipmentEventPublisher {

	void publish(ShipmentEvent event, Causation causation);

}

package io.openoms.shipping.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.openoms.messaging.Causation;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the carrier made of the parcels due by now: delivered, or undeliverable
 * and returned. Each shipment is locked while it is marked, so several instances can run
 * this at once and each outcome is reported once. Only dispatched shipments are due: a
 * recalled parcel is never delivered.
 */
@Component
public class DeliverDueShipments {

	private final Shipments shipments;

	private final Carrier carrier;

	private final ShipmentEventPublisher events;

	private final Clock clock;

	DeliverDueShipments(Shipments shipments, Carrier carrier, ShipmentEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.carrier = carrier;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return how many shipments were marked delivered or returned, at most {@code limit}
	 */
	@Transactional
	public int deliverDue(int limit) {
		Instant now = this.clock.instant();
		List<Shipments.Tracked> due = this.shipments.lockDueForDelivery(now, limit);
		for (Shipments.Tracked tracked : due) {
			Shipment shipment = tracked.shipment();
			ShipmentEvent outcome = shipment.recordDelivery(this.carrier.deliver(shipment.labelRequest()), now);
			this.shipments.update(shipment);
			// The carrier's delivery attempt is the cause; it has no id but the
			// shipment's.
			this.events.publish(outcome, new Causation(tracked.correlationId(), shipment.id()));
		}
		return due.size();
	}

}

package io.openoms.shipping.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.openoms.messaging.Causation;
import io.openoms.shipping.domain.ShipmentEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the deliveries a carrier has made by now. Each shipment is locked while it is
 * marked, so several instances can run this at once and each delivery is reported once.
 */
@Component
public class DeliverDueShipments {

	private final Shipments shipments;

	private final ShipmentEventPublisher events;

	private final Clock clock;

	DeliverDueShipments(Shipments shipments, ShipmentEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return how many shipments were marked delivered, at most {@code limit}
	 */
	@Transactional
	public int deliverDue(int limit) {
		Instant now = this.clock.instant();
		List<Shipments.Tracked> due = this.shipments.lockDueForDelivery(now, limit);
		for (Shipments.Tracked tracked : due) {
			ShipmentEvent.Delivered delivered = tracked.shipment().markDelivered(now);
			this.shipments.update(tracked.shipment());
			// The carrier's delivery of this shipment is the cause; it has no id but the
			// shipment's.
			this.events.publish(delivered, new Causation(tracked.correlationId(), tracked.shipment().id()));
		}
		return due.size();
	}

}

package io.openoms.shipping.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.shipping.domain.Shipment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recalls the parcels of a cancelled order. order-service may cancel an ALLOCATED order
 * after this service has already booked its parcels (the cancellation raced the
 * dispatch), and a SHIPPED order is cancelled when one of its parcels comes back; the
 * parcels still on their way then must not reach the customer. Each dispatched shipment
 * becomes RECALLED, and its carrier is told to bring it back, so it reports nothing more
 * that counts. Anything else (no shipment, a failed booking, a parcel delivered or
 * returned, a recall done before) has nothing to recall. Nothing is published: the
 * cancellation is the fact the other services react to.
 */
@Component
public class RecallShipment {

	private static final Logger log = LoggerFactory.getLogger(RecallShipment.class);

	private final Shipments shipments;

	private final Carrier carrier;

	private final Clock clock;

	RecallShipment(Shipments shipments, Carrier carrier, Clock clock) {
		this.shipments = shipments;
		this.carrier = carrier;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderCancelled> event) {
		OrderCancelled cancelled = event.payload();
		// The lock waits for a tracking report that holds the rows, so a parcel is either
		// delivered first (nothing to recall) or recalled first (never delivered).
		this.shipments.lockByOrderId(cancelled.orderId()).forEach((tracked) -> recall(tracked.shipment(), cancelled));
	}

	private void recall(Shipment shipment, OrderCancelled cancelled) {
		String reason = "order cancelled"
				+ ((cancelled.reason() != null && !cancelled.reason().isBlank()) ? ": " + cancelled.reason() : "");
		if (shipment.recall(reason, this.clock.instant())) {
			this.shipments.update(shipment);
			this.carrier.recall(shipment.label());
			log.info("Recalled shipment {} of cancelled order {}", shipment.id(), shipment.orderId());
		}
	}

}

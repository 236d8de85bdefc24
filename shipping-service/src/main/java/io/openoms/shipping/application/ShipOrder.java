package io.openoms.shipping.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderAllocated;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentEvent;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShippingAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ships an allocated order: creates its shipment, books a carrier label and reports the
 * parcel dispatched, or, when the carrier refuses the booking, records the shipment as
 * FAILED and reports that. The shipment row is claimed before the carrier is called, so
 * an order is booked once however often (and under whatever event id) OrderAllocated
 * arrives; a failed booking is kept, so a redelivery never tries again.
 */
@Component
public class ShipOrder {

	private static final Logger log = LoggerFactory.getLogger(ShipOrder.class);

	private final Shipments shipments;

	private final Carrier carrier;

	private final ShipmentEventPublisher events;

	private final Clock clock;

	ShipOrder(Shipments shipments, Carrier carrier, ShipmentEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.carrier = carrier;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderAllocated> event) {
		Shipment shipment = newShipment(event);
		if (!this.shipments.addIfFirstForOrder(shipment, event.correlationId())) {
			log.info("Order {} already has a shipment; ignoring OrderAllocated {}", shipment.orderId(),
					event.eventId());
			return;
		}
		ShipmentEvent outcome = shipment.recordBooking(this.carrier.book(shipment.labelRequest()),
				this.clock.instant());
		this.shipments.update(shipment);
		if (outcome instanceof ShipmentEvent.BookingFailed failed) {
			log.info("Carrier refused to ship order {}: {}", failed.orderId(), failed.reason());
		}
		this.events.publish(outcome, Causation.causedBy(event));
	}

	private Shipment newShipment(EventEnvelope<OrderAllocated> event) {
		OrderAllocated allocated = event.payload();
		try {
			var a = allocated.shippingAddress();
			if (a == null || allocated.lines() == null) {
				throw new IllegalArgumentException("shipping address and lines are required");
			}
			ShippingAddress address = new ShippingAddress(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(),
					a.country());
			List<ShipmentLine> lines = allocated.lines()
				.stream()
				.map((line) -> new ShipmentLine(line.sku(), line.quantity()))
				.toList();
			Instant now = this.clock.instant();
			return Shipment.create(UUID.randomUUID(), allocated.orderId(), allocated.warehouse(), address, lines, now);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new RejectedEventException(
					"OrderAllocated " + event.eventId() + " cannot be shipped: " + ex.getMessage(), ex);
		}
	}

}

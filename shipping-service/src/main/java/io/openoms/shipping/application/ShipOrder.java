package io.openoms.shipping.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.order.OrderAllocated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import io.openoms.shipping.domain.CarrierChoice;
import io.openoms.shipping.domain.OrderToShip;
import io.openoms.shipping.domain.ParcelPlan;
import io.openoms.shipping.domain.RateCard;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentEvent;
import io.openoms.shipping.domain.ShippingAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ships an allocated order: one shipment per warehouse the allocation reserved units in,
 * each with the carrier service the {@link RateCard} chooses for its destination, weight
 * and the order's priority, and a label booked with that carrier. Every parcel booked:
 * each is reported dispatched. A parcel no carrier takes: the order cannot be shipped as
 * a whole, so the parcels booked already are recalled, the others fail, and one failure
 * is reported. The shipment rows are claimed before any carrier is called, so an order is
 * booked once however often (and under whatever event id) OrderAllocated arrives; a
 * failed booking is kept, so a redelivery never tries again.
 */
@Component
public class ShipOrder {

	private static final Logger log = LoggerFactory.getLogger(ShipOrder.class);

	private final Shipments shipments;

	private final OrdersToShip orders;

	private final RateCard rateCard;

	private final Carrier carrier;

	private final ShipmentEventPublisher events;

	private final Clock clock;

	ShipOrder(Shipments shipments, OrdersToShip orders, RateCard rateCard, Carrier carrier,
			ShipmentEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.orders = orders;
		this.rateCard = rateCard;
		this.carrier = carrier;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderAllocated> event) {
		OrderAllocated allocated = event.payload();
		OrderToShip order = this.orders.find(allocated.orderId())
			.orElseGet(() -> OrderToShip.unknown(allocated.orderId()));
		Instant now = this.clock.instant();
		List<ParcelPlan.Parcel> parcels = plan(event, order);
		ShippingAddress address = address(event);
		List<Shipment> created = parcels.stream()
			.map((parcel) -> Shipment.create(UUID.randomUUID(), allocated.orderId(), parcel, address, now))
			.toList();
		if (!this.shipments.addAllIfFirstForOrder(created, event.correlationId())) {
			log.info("Order {} already has shipments; ignoring OrderAllocated {}", allocated.orderId(),
					event.eventId());
			return;
		}
		List<ShipmentEvent> outcomes = book(created, order, address, now);
		created.forEach(this.shipments::update);
		Causation causation = Causation.causedBy(event);
		outcomes.forEach((outcome) -> this.events.publish(outcome, causation));
	}

	private List<ShipmentEvent> book(List<Shipment> created, OrderToShip order, ShippingAddress address, Instant now) {
		List<ShipmentEvent> dispatched = new ArrayList<>();
		ShipmentEvent.BookingFailed failure = null;
		for (Shipment shipment : created) {
			if (failure != null) {
				shipment.failBooking(
						"not booked: the parcel from another warehouse could not be booked (" + failure.reason() + ")",
						now);
				continue;
			}
			CarrierChoice choice = this.rateCard.choose(address.country(), shipment.snapshot().weightGrams(),
					order.service());
			ShipmentEvent outcome = (choice instanceof CarrierChoice.Chosen chosen)
					? shipment.recordBooking(chosen, this.carrier.book(shipment.labelRequest(chosen)), now)
					: shipment.noService((CarrierChoice.Unavailable) choice, now);
			if (outcome instanceof ShipmentEvent.BookingFailed failed) {
				log.info("Could not ship order {} from {}: {}", failed.orderId(), shipment.warehouse(),
						failed.reason());
				failure = failed;
			}
			else {
				dispatched.add(outcome);
			}
		}
		if (failure == null) {
			return dispatched;
		}
		for (Shipment shipment : created) {
			if (shipment.label() != null && shipment.recall(
					"recalled: the parcel from another warehouse could not be booked (" + failure.reason() + ")",
					now)) {
				this.carrier.recall(shipment.label());
			}
		}
		return List.of(failure);
	}

	private static List<ParcelPlan.Parcel> plan(EventEnvelope<OrderAllocated> event, OrderToShip order) {
		OrderAllocated allocated = event.payload();
		try {
			List<ParcelPlan.Units> units = new ArrayList<>();
			if (allocated.allocatedLines() != null && !allocated.allocatedLines().isEmpty()) {
				for (AllocatedLine line : allocated.allocatedLines()) {
					units.add(new ParcelPlan.Units(line.sku(), line.quantity(), line.warehouse(),
							weight(line.sku(), allocated.lines(), order)));
				}
			}
			else if (allocated.lines() != null) {
				for (OrderLine line : allocated.lines()) {
					units.add(new ParcelPlan.Units(line.sku(), line.quantity(), null,
							weight(line.sku(), allocated.lines(), order)));
				}
			}
			return ParcelPlan.split(units, allocated.warehouse()).stream().toList();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw rejected(event, ex);
		}
	}

	private static Integer weight(String sku, List<OrderLine> lines, OrderToShip order) {
		if (lines != null) {
			for (OrderLine line : lines) {
				if (line.sku().equals(sku) && line.unitWeightGrams() != null) {
					return line.unitWeightGrams();
				}
			}
		}
		return order.unitWeightsGrams().get(sku);
	}

	private static ShippingAddress address(EventEnvelope<OrderAllocated> event) {
		try {
			var a = event.payload().shippingAddress();
			if (a == null) {
				throw new IllegalArgumentException("a shipping address is required");
			}
			return new ShippingAddress(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw rejected(event, ex);
		}
	}

	private static RejectedEventException rejected(EventEnvelope<OrderAllocated> event, RuntimeException ex) {
		return new RejectedEventException(
				"OrderAllocated " + event.eventId() + " cannot be shipped: " + ex.getMessage(), ex);
	}

}

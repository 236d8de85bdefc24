package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The shipment aggregate: one parcel carrying an order from a warehouse to the customer.
 * It owns its state machine: every transition checks that it is legal and returns the
 * event it caused.
 */
public final class Shipment {

	private final UUID id;

	private final UUID orderId;

	private final String warehouse;

	private final ShippingAddress address;

	private final List<ShipmentLine> lines;

	private final Instant createdAt;

	private ShipmentStatus status;

	private Label label;

	private Instant dispatchedAt;

	private Instant deliveredAt;

	private String reason;

	private Instant failedAt;

	private Instant returnedAt;

	private Instant recalledAt;

	private Shipment(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.orderId = Objects.requireNonNull(snapshot.orderId(), "orderId");
		this.warehouse = Objects.requireNonNull(snapshot.warehouse(), "warehouse");
		this.address = Objects.requireNonNull(snapshot.address(), "address");
		this.lines = List.copyOf(snapshot.lines());
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.label = snapshot.label();
		this.dispatchedAt = snapshot.dispatchedAt();
		this.deliveredAt = snapshot.deliveredAt();
		this.reason = snapshot.reason();
		this.failedAt = snapshot.failedAt();
		this.returnedAt = snapshot.returnedAt();
		this.recalledAt = snapshot.recalledAt();
	}

	/** A new shipment of an allocated order, waiting for a carrier. */
	public static Shipment create(UUID id, UUID orderId, String warehouse, ShippingAddress address,
			List<ShipmentLine> lines, Instant now) {
		if (warehouse == null || warehouse.isBlank()) {
			throw new IllegalArgumentException("a shipment leaves from a warehouse");
		}
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("a shipment needs at least one line");
		}
		return new Shipment(new Snapshot(id, orderId, warehouse, address, lines, ShipmentStatus.CREATED, null, now,
				null, null, null, null, null, null));
	}

	/** Rebuilds a shipment from storage. */
	public static Shipment restore(Snapshot snapshot) {
		return new Shipment(snapshot);
	}

	/** What to ask a carrier for this shipment's label. */
	public LabelRequest labelRequest() {
		return new LabelRequest(this.id, this.orderId, this.warehouse, this.address, this.lines);
	}

	/**
	 * Records the carrier's answer to the booking: dispatched with the label, or failed
	 * with the carrier's reason.
	 */
	public ShipmentEvent recordBooking(BookingResult booking, Instant at) {
		if (booking instanceof BookingResult.Booked booked) {
			return dispatch(booked.label(), at);
		}
		return failBooking(((BookingResult.Refused) booking).reason(), at);
	}

	/** The carrier booked a label and has the parcel. */
	public ShipmentEvent.Dispatched dispatch(Label label, Instant at) {
		moveTo(ShipmentStatus.DISPATCHED);
		this.label = Objects.requireNonNull(label, "label");
		this.dispatchedAt = at;
		return new ShipmentEvent.Dispatched(this.id, this.orderId, label.carrier(), label.trackingNumber(),
				label.trackingUrl(), at);
	}

	/**
	 * No carrier would take the parcel: it stays in the warehouse, the shipment is over.
	 */
	public ShipmentEvent.BookingFailed failBooking(String reason, Instant at) {
		requireReason(reason);
		moveTo(ShipmentStatus.FAILED);
		this.reason = reason;
		this.failedAt = at;
		return new ShipmentEvent.BookingFailed(this.id, this.orderId, reason, at);
	}

	/**
	 * Records what the carrier reports when it tried to deliver: delivered, or returned
	 * with the carrier's reason.
	 */
	public ShipmentEvent recordDelivery(DeliveryOutcome outcome, Instant at) {
		if (outcome instanceof DeliveryOutcome.Undeliverable undeliverable) {
			return markReturned(undeliverable.reason(), at);
		}
		return markDelivered(at);
	}

	/** The carrier delivered the parcel. */
	public ShipmentEvent.Delivered markDelivered(Instant at) {
		moveTo(ShipmentStatus.DELIVERED);
		this.deliveredAt = at;
		return new ShipmentEvent.Delivered(this.id, this.orderId, at);
	}

	/** The carrier could not deliver the parcel and returned it to the warehouse. */
	public ShipmentEvent.Returned markReturned(String reason, Instant at) {
		requireReason(reason);
		moveTo(ShipmentStatus.RETURNED);
		this.reason = reason;
		this.returnedAt = at;
		return new ShipmentEvent.Returned(this.id, this.orderId, reason, at);
	}

	/**
	 * The order was cancelled while its parcel was on its way: the carrier brings it back
	 * and never delivers it. Only a dispatched parcel can be recalled; for any other
	 * shipment (never booked, delivered, returned or recalled before) there is nothing to
	 * do, so a repeated cancellation changes nothing.
	 * @return true if the parcel was recalled now, false if there was nothing to recall
	 */
	public boolean recall(String reason, Instant at) {
		requireReason(reason);
		if (this.status != ShipmentStatus.DISPATCHED) {
			return false;
		}
		moveTo(ShipmentStatus.RECALLED);
		this.reason = reason;
		this.recalledAt = at;
		return true;
	}

	static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a failed, returned or recalled shipment needs a reason");
		}
	}

	private void moveTo(ShipmentStatus next) {
		if (!this.status.canMoveTo(next)) {
			throw new IllegalShipmentTransitionException(this.id, this.status, next);
		}
		this.status = next;
	}

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public ShipmentStatus status() {
		return this.status;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.orderId, this.warehouse, this.address, this.lines, this.status, this.label,
				this.createdAt, this.dispatchedAt, this.deliveredAt, this.reason, this.failedAt, this.returnedAt,
				this.recalledAt);
	}

	/**
	 * Everything a shipment holds, for storage and for reading; the only way to rebuild
	 * one.
	 *
	 * @param id the shipment's id
	 * @param orderId the order shipped, one shipment per order
	 * @param warehouse where the parcel leaves from
	 * @param address where it goes
	 * @param lines what is in it
	 * @param status where it is in its life
	 * @param label the carrier's label, null until dispatched and for a failed booking
	 * @param createdAt when the shipment was created
	 * @param dispatchedAt when the carrier took the parcel
	 * @param deliveredAt when the carrier delivered it
	 * @param reason why the shipment FAILED, was RETURNED or RECALLED; null otherwise
	 * @param failedAt when the carrier refused the booking
	 * @param returnedAt when the carrier reported the parcel undeliverable
	 * @param recalledAt when the parcel was recalled
	 */
	public record Snapshot(UUID id, UUID orderId, String warehouse, ShippingAddress address, List<ShipmentLine> lines,
			ShipmentStatus status, Label label, Instant createdAt, Instant dispatchedAt, Instant deliveredAt,
			String reason, Instant failedAt, Instant returnedAt, Instant recalledAt) {
	}

}

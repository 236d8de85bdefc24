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
		return new Shipment(
				new Snapshot(id, orderId, warehouse, address, lines, ShipmentStatus.CREATED, null, now, null, null));
	}

	/** Rebuilds a shipment from storage. */
	public static Shipment restore(Snapshot snapshot) {
		return new Shipment(snapshot);
	}

	/** What to ask a carrier for this shipment's label. */
	public LabelRequest labelRequest() {
		return new LabelRequest(this.id, this.orderId, this.warehouse, this.address, this.lines);
	}

	/** The carrier booked a label and has the parcel. */
	public ShipmentEvent.Dispatched dispatch(Label label, Instant at) {
		moveTo(ShipmentStatus.DISPATCHED);
		this.label = Objects.requireNonNull(label, "label");
		this.dispatchedAt = at;
		return new ShipmentEvent.Dispatched(this.id, this.orderId, label.carrier(), label.trackingNumber(),
				label.trackingUrl(), at);
	}

	/** The carrier delivered the parcel. */
	public ShipmentEvent.Delivered markDelivered(Instant at) {
		moveTo(ShipmentStatus.DELIVERED);
		this.deliveredAt = at;
		return new ShipmentEvent.Delivered(this.id, this.orderId, at);
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
				this.createdAt, this.dispatchedAt, this.deliveredAt);
	}

	/**
	 * Everything a shipment holds, for storage and for reading; the only way to rebuild
	 * one.
	 */
	public record Snapshot(UUID id, UUID orderId, String warehouse, ShippingAddress address, List<ShipmentLine> lines,
			ShipmentStatus status, Label label, Instant createdAt, Instant dispatchedAt, Instant deliveredAt) {
	}

}

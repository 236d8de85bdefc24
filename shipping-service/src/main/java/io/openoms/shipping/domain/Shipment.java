package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The shipment aggregate: one parcel carrying (part of) an order from a warehouse to the
 * customer. It owns its state machine and its tracking history: every transition checks
 * that it is legal and returns the event it caused.
 */
public final class Shipment {

	private static final Comparator<TrackingEvent> CHRONOLOGICAL = Comparator.comparing(TrackingEvent::occurredAt)
		.thenComparing(TrackingEvent::recordedAt);

	private final UUID id;

	private final UUID orderId;

	private final String warehouse;

	private final ShippingAddress address;

	private final List<ShipmentLine> lines;

	private final int weightGrams;

	private final Instant createdAt;

	private final List<TrackingEvent> tracking;

	/**
	 * The entries of the history added since the shipment was created, restored or saved.
	 */
	private final List<TrackingEvent> unsavedTracking = new ArrayList<>();

	/** Whether anything but the history changed since then. */
	private boolean unsavedState;

	private ShipmentStatus status;

	private String carrierChoice;

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
		this.weightGrams = snapshot.weightGrams();
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.carrierChoice = snapshot.carrierChoice();
		this.label = snapshot.label();
		this.dispatchedAt = snapshot.dispatchedAt();
		this.deliveredAt = snapshot.deliveredAt();
		this.reason = snapshot.reason();
		this.failedAt = snapshot.failedAt();
		this.returnedAt = snapshot.returnedAt();
		this.recalledAt = snapshot.recalledAt();
		this.tracking = new ArrayList<>(snapshot.tracking());
		this.tracking.sort(CHRONOLOGICAL);
	}

	/** A new shipment of (part of) an allocated order, waiting for a carrier. */
	public static Shipment create(UUID id, UUID orderId, ParcelPlan.Parcel parcel, ShippingAddress address,
			Instant now) {
		if (parcel.warehouse() == null || parcel.warehouse().isBlank()) {
			throw new IllegalArgumentException("a shipment leaves from a warehouse");
		}
		if (parcel.lines() == null || parcel.lines().isEmpty()) {
			throw new IllegalArgumentException("a shipment needs at least one line");
		}
		return new Shipment(new Snapshot(id, orderId, parcel.warehouse(), address, parcel.lines(), parcel.weightGrams(),
				ShipmentStatus.CREATED, null, null, now, null, null, null, null, null, null, null, List.of()));
	}

	/** Rebuilds a shipment from storage. */
	public static Shipment restore(Snapshot snapshot) {
		return new Shipment(snapshot);
	}

	/** What to ask the chosen carrier for this shipment's label. */
	public LabelRequest labelRequest(CarrierChoice.Chosen choice) {
		return new LabelRequest(this.id, this.orderId, choice.carrier(), choice.service(), choice.cost(),
				this.warehouse, this.address, this.lines, this.weightGrams);
	}

	/**
	 * Records the carrier's answer to the booking of the chosen service: dispatched with
	 * the label, or failed with the carrier's reason.
	 */
	public ShipmentEvent recordBooking(CarrierChoice.Chosen choice, BookingResult booking, Instant at) {
		this.carrierChoice = choice.reason();
		this.unsavedState = true;
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
		addToHistory(new TrackingEvent("label-" + label.trackingNumber(), TrackingStatus.LABEL_CREATED,
				"label created: " + label.carrier() + " " + label.service(), this.warehouse, at, at, true));
		return new ShipmentEvent.Dispatched(this.id, this.orderId, label.carrier(), label.service(),
				label.trackingNumber(), label.trackingUrl(), at);
	}

	/**
	 * No service of any carrier takes the parcel (the rate card says so before any
	 * carrier is asked): the shipment fails as a refused booking does.
	 */
	public ShipmentEvent.BookingFailed noService(CarrierChoice.Unavailable choice, Instant at) {
		this.carrierChoice = choice.reason();
		this.unsavedState = true;
		return failBooking(choice.reason(), at);
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
	 * Records a report of the carrier in the tracking history. It moves the parcel on
	 * only while the parcel is on its way (DISPATCHED), and a non-final report only if
	 * nothing later was reported before it: carriers send reports out of order. A final
	 * report (delivered, returned to sender) always ends a parcel on its way.
	 * @param report what the carrier reported
	 * @param receivedAt when it arrived
	 * @return the history entry and the event to publish, if the report moved the parcel
	 * on
	 */
	public Tracked track(TrackingReport report, Instant receivedAt) {
		if (this.label == null) {
			throw new IllegalShipmentTransitionException(this.id, this.status, ShipmentStatus.DISPATCHED);
		}
		TrackingStatus now = report.status();
		boolean onItsWay = this.status == ShipmentStatus.DISPATCHED;
		boolean late = latestReported().map((latest) -> report.occurredAt().isBefore(latest.occurredAt()))
			.orElse(false);
		boolean applies = onItsWay && now != TrackingStatus.LABEL_CREATED && (now.isFinal() || !late);
		TrackingEvent entry = new TrackingEvent(report.carrierEventId(), now, report.description(), report.location(),
				report.occurredAt(), receivedAt, applies);
		addToHistory(entry);
		if (!applies) {
			return new Tracked(entry, null);
		}
		// The tracking status (the latest applied report) moved on.
		this.unsavedState = true;
		ShipmentEvent event = switch (now) {
			case DELIVERED -> markDelivered(report.occurredAt());
			case RETURNED_TO_SENDER -> markReturned((report.description() != null && !report.description().isBlank())
					? report.description() : this.label.carrier() + " returned the parcel to sender", receivedAt);
			default -> new ShipmentEvent.TrackingUpdated(this.id, this.orderId, this.label.carrier(),
					this.label.trackingNumber(), entry);
		};
		return new Tracked(entry, event);
	}

	/** The carrier delivered the parcel. */
	public ShipmentEvent.Delivered markDelivered(Instant at) {
		moveTo(ShipmentStatus.DELIVERED);
		this.deliveredAt = at;
		return new ShipmentEvent.Delivered(this.id, this.orderId, at, true);
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

	/**
	 * Whether every one of an order's shipments is delivered.
	 * @param shipmentsOfOrder all shipments of one order
	 * @return true if there is at least one and all are DELIVERED
	 */
	public static boolean allDelivered(List<Shipment> shipmentsOfOrder) {
		return !shipmentsOfOrder.isEmpty()
				&& shipmentsOfOrder.stream().allMatch((s) -> s.status == ShipmentStatus.DELIVERED);
	}

	/** The tracking status now: the latest report that moved the parcel on. */
	public TrackingStatus trackingStatus() {
		return latestApplied().map(TrackingEvent::status).orElse(null);
	}

	/**
	 * What changed since the shipment was created or restored, or since its changes were
	 * last {@linkplain #changesSaved() saved}: storage writes only that.
	 */
	public Changes unsavedChanges() {
		return new Changes(this.unsavedState, List.copyOf(this.unsavedTracking));
	}

	/** Storage has written the {@link #unsavedChanges()}. */
	public void changesSaved() {
		this.unsavedState = false;
		this.unsavedTracking.clear();
	}

	private void addToHistory(TrackingEvent entry) {
		this.tracking.add(entry);
		this.tracking.sort(CHRONOLOGICAL);
		this.unsavedTracking.add(entry);
	}

	private Optional<TrackingEvent> latestApplied() {
		return this.tracking.stream().filter(TrackingEvent::applied).max(CHRONOLOGICAL);
	}

	/** The latest applied report of the carrier itself; our own label entry aside. */
	private Optional<TrackingEvent> latestReported() {
		return this.tracking.stream()
			.filter((e) -> e.applied() && e.status() != TrackingStatus.LABEL_CREATED)
			.max(CHRONOLOGICAL);
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
		this.unsavedState = true;
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

	public String warehouse() {
		return this.warehouse;
	}

	/** The label, null until dispatched and for a failed booking. */
	public Label label() {
		return this.label;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.orderId, this.warehouse, this.address, this.lines, this.weightGrams,
				this.status, this.carrierChoice, this.label, this.createdAt, this.dispatchedAt, this.deliveredAt,
				this.reason, this.failedAt, this.returnedAt, this.recalledAt, trackingStatus(),
				List.copyOf(this.tracking));
	}

	/**
	 * A carrier's report about a parcel, as received.
	 *
	 * @param carrierEventId the carrier's id of the report
	 * @param status what it reports
	 * @param description the carrier's words, may be null
	 * @param location where, may be null
	 * @param occurredAt when, by the carrier's clock
	 */
	public record TrackingReport(String carrierEventId, TrackingStatus status, String description, String location,
			Instant occurredAt) {

		public TrackingReport {
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/**
	 * What changed in a shipment and is not saved yet.
	 *
	 * @param state whether anything but the tracking history changed (status, label,
	 * times, reason, carrier choice, tracking status)
	 * @param newTracking the entries added to the tracking history, in the order they
	 * were added
	 */
	public record Changes(boolean state, List<TrackingEvent> newTracking) {
	}

	/**
	 * What a report did.
	 *
	 * @param entry the history entry it became
	 * @param event the event to publish; null if the report moved nothing on
	 */
	public record Tracked(TrackingEvent entry, ShipmentEvent event) {

		public boolean applied() {
			return this.event != null;
		}

	}

	/**
	 * Everything a shipment holds, for storage and for reading; the only way to rebuild
	 * one.
	 *
	 * @param id the shipment's id
	 * @param orderId the order shipped
	 * @param warehouse where the parcel leaves from; one shipment per order and warehouse
	 * @param address where it goes
	 * @param lines what is in it
	 * @param weightGrams what it weighs
	 * @param status where it is in its life
	 * @param carrierChoice why its carrier and service were chosen; null before
	 * @param label the carrier's label, null until dispatched and for a failed booking
	 * @param createdAt when the shipment was created
	 * @param dispatchedAt when the carrier took the parcel
	 * @param deliveredAt when the carrier delivered it
	 * @param reason why the shipment FAILED, was RETURNED or RECALLED; null otherwise
	 * @param failedAt when the carrier refused the booking
	 * @param returnedAt when the carrier reported the parcel returned
	 * @param recalledAt when the parcel was recalled
	 * @param trackingStatus the latest applied tracking status (derived; ignored by
	 * {@link #restore})
	 * @param tracking the tracking history, oldest first
	 */
	public record Snapshot(UUID id, UUID orderId, String warehouse, ShippingAddress address, List<ShipmentLine> lines,
			int weightGrams, ShipmentStatus status, String carrierChoice, Label label, Instant createdAt,
			Instant dispatchedAt, Instant deliveredAt, String reason, Instant failedAt, Instant returnedAt,
			Instant recalledAt, TrackingStatus trackingStatus, List<TrackingEvent> tracking) {
	}

}

package io.openoms.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.domain.pricing.PriceBreakdown;

/**
 * The order aggregate. It owns its state machine: every transition checks that it is
 * legal, appends to the history and returns the event it caused. Nothing outside sets a
 * status.
 */
public final class Order {

	private final UUID id;

	private final String customerId;

	private final List<OrderLine> lines;

	private final Money total;

	private final String paymentMethod;

	private final ShippingAddress shippingAddress;

	private final Instant createdAt;

	private final List<StatusChange> history;

	private final List<OrderNote> notes;

	private final Fulfilment fulfilment;

	private final Origin origin;

	private final List<OrderEvent.AllocatedUnits> allocatedUnits;

	private final PriceBreakdown pricing;

	private OrderStatus status;

	private Hold hold;

	private UUID paymentId;

	private UUID allocationId;

	private String warehouse;

	private UUID shipmentId;

	private String carrier;

	private String trackingNumber;

	/** The revision as stored: history entries after it are new. */
	private int storedRevision;

	/** The number of notes stored: notes after it are new. */
	private int storedNotes;

	/** Whether the allocated units are stored (they are written once). */
	private boolean storedUnits;

	private Order(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.customerId = Objects.requireNonNull(snapshot.customerId(), "customerId");
		this.lines = List.copyOf(snapshot.lines());
		this.total = Objects.requireNonNull(snapshot.total(), "total");
		this.paymentMethod = Objects.requireNonNull(snapshot.paymentMethod(), "paymentMethod");
		this.shippingAddress = Objects.requireNonNull(snapshot.shippingAddress(), "shippingAddress");
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.history = new ArrayList<>(snapshot.history());
		this.notes = new ArrayList<>(snapshot.notes());
		this.fulfilment = (snapshot.fulfilment() != null) ? snapshot.fulfilment() : Fulfilment.STANDARD;
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.paymentId = snapshot.paymentId();
		this.allocationId = snapshot.allocationId();
		this.warehouse = snapshot.warehouse();
		this.shipmentId = snapshot.shipmentId();
		this.carrier = snapshot.carrier();
		this.trackingNumber = snapshot.trackingNumber();
		this.origin = (snapshot.origin() != null) ? snapshot.origin() : Origin.API;
		this.hold = snapshot.hold();
		this.allocatedUnits = new ArrayList<>(
				(snapshot.allocatedUnits() != null) ? snapshot.allocatedUnits() : List.of());
		this.pricing = snapshot.pricing();
		changesStored();
	}

	/** Places a new standard order; its total is the sum of its priced lines. */
	public static Placement place(UUID id, String customerId, List<OrderLine> lines, String paymentMethod,
			ShippingAddress shippingAddress, Instant now) {
		return place(id, customerId, lines, paymentMethod, shippingAddress, Fulfilment.STANDARD, now);
	}

	/** Places a new order over HTTP; its total is the sum of its priced lines. */
	public static Placement place(UUID id, String customerId, List<OrderLine> lines, String paymentMethod,
			ShippingAddress shippingAddress, Fulfilment fulfilment, Instant now) {
		return place(id, customerId, lines, paymentMethod, shippingAddress, fulfilment, Origin.API, now);
	}

	/**
	 * Places a new order that came from {@code origin}; its total is the sum of its
	 * priced lines.
	 */
	public static Placement place(UUID id, String customerId, List<OrderLine> lines, String paymentMethod,
			ShippingAddress shippingAddress, Fulfilment fulfilment, Origin origin, Instant now) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("an order needs at least one line");
		}
		Money total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
		StatusChange created = new StatusChange(1, null, OrderStatus.CREATED, "order placed", now);
		Order order = new Order(new Snapshot(id, customerId, lines, total, paymentMethod, shippingAddress, now,
				OrderStatus.CREATED, List.of(created), List.of(), null, null, null, null, null, null,
				Objects.requireNonNull(fulfilment, "fulfilment"), Objects.requireNonNull(origin, "origin"), null,
				List.of(), null));
		return new Placement(order, new OrderEvent.Created(id, created));
	}

	/**
	 * Places a new order over HTTP priced by the pricing engine: its total is the
	 * breakdown's total, the breakdown is kept with the order as placed.
	 */
	public static Placement place(UUID id, String customerId, List<OrderLine> lines, String paymentMethod,
			ShippingAddress shippingAddress, Fulfilment fulfilment, PriceBreakdown pricing, Instant now) {
		return place(id, customerId, lines, paymentMethod, shippingAddress, fulfilment, Origin.API, pricing, now);
	}

	/**
	 * Places a new order that came from {@code origin}, priced by the pricing engine: its
	 * total is the breakdown's total, the breakdown is kept with the order as placed.
	 */
	public static Placement place(UUID id, String customerId, List<OrderLine> lines, String paymentMethod,
			ShippingAddress shippingAddress, Fulfilment fulfilment, Origin origin, PriceBreakdown pricing,
			Instant now) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("an order needs at least one line");
		}
		Objects.requireNonNull(pricing, "pricing");
		if (pricing.lines().size() != lines.size()) {
			throw new IllegalArgumentException("the breakdown must price every line");
		}
		StatusChange created = new StatusChange(1, null, OrderStatus.CREATED, "order placed", now);
		Order order = new Order(new Snapshot(id, customerId, lines, pricing.total(), paymentMethod, shippingAddress,
				now, OrderStatus.CREATED, List.of(created), List.of(), null, null, null, null, null, null,
				Objects.requireNonNull(fulfilment, "fulfilment"), Objects.requireNonNull(origin, "origin"), null,
				List.of(), pricing));
		return new Placement(order, new OrderEvent.Created(id, created));
	}

	/** Rebuilds an order from storage. */
	public static Order restore(Snapshot snapshot) {
		return new Order(snapshot);
	}

	/**
	 * payment-service charged the order. For an order cancelled in the meantime this is
	 * no transition: payment-service refunds the charge when it sees the cancellation.
	 */
	public Optional<OrderEvent> paymentSucceeded(UUID paymentId, Instant at) {
		return paid(paymentId, "succeeded", "refunded", at);
	}

	/**
	 * payment-service holds the order's total on the card (authorize-then-capture): for
	 * the order that is as good as paid; the money is taken when it ships.
	 */
	public Optional<OrderEvent> paymentAuthorized(UUID paymentId, Instant at) {
		return paid(paymentId, "authorized, to be captured when the order ships", "released", at);
	}

	private Optional<OrderEvent> paid(UUID paymentId, String how, String undone, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("payment " + paymentId + " " + how + " after the order was cancelled; it is " + undone, at);
			return Optional.empty();
		}
		if (this.status != OrderStatus.CREATED && paymentId.equals(this.paymentId)) {
			return Optional.empty();
		}
		StatusChange change = moveTo(OrderStatus.PAID, "payment " + paymentId + " " + how, at);
		this.paymentId = paymentId;
		return Optional.of(passOnOrWithhold(new OrderEvent.Paid(this.id, paymentId, change)));
	}

	public Optional<OrderEvent> paymentFailed(String reason, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("payment failed after the order was cancelled: " + reason, at);
			return Optional.empty();
		}
		return Optional.of(cancelAs("payment failed: " + reason, at));
	}

	/**
	 * inventory-service cannot fill the order now and it waits for stock. Reported twice,
	 * or after the order moved on, it changes nothing.
	 */
	public Optional<OrderEvent> stockBackordered(String reason, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("stock backordered after the order was cancelled: " + reason, at);
			return Optional.empty();
		}
		if (this.status != OrderStatus.PAID) {
			return Optional.empty();
		}
		StatusChange change = moveTo(OrderStatus.BACKORDERED, "backordered: " + reason, at);
		return Optional.of(new OrderEvent.Backordered(this.id, reason, change));
	}

	/**
	 * inventory-service reserved the stock, at once or after the order waited for it. A
	 * cancelled order's stock is released by inventory-service.
	 */
	public Optional<OrderEvent> stockAllocated(UUID allocationId, String warehouse, Instant at) {
		return stockAllocated(allocationId, warehouse, List.of(), at);
	}

	/**
	 * inventory-service reserved the stock, {@code lines} saying what where (passed on to
	 * shipping-service, which ships one parcel per warehouse).
	 */
	public Optional<OrderEvent> stockAllocated(UUID allocationId, String warehouse,
			List<OrderEvent.AllocatedUnits> lines, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("stock allocated in " + warehouse + " after the order was cancelled; it is released", at);
			return Optional.empty();
		}
		if (this.status != OrderStatus.PAID && this.status != OrderStatus.BACKORDERED
				&& allocationId.equals(this.allocationId)) {
			return Optional.empty();
		}
		StatusChange change = moveTo(OrderStatus.ALLOCATED, "stock allocated in " + warehouse, at);
		this.allocationId = allocationId;
		this.warehouse = warehouse;
		this.allocatedUnits.clear();
		this.allocatedUnits.addAll(lines);
		return Optional.of(passOnOrWithhold(
				new OrderEvent.Allocated(this.id, allocationId, warehouse, List.copyOf(lines), change)));
	}

	public Optional<OrderEvent> stockAllocationFailed(String reason, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("stock allocation failed after the order was cancelled: " + reason, at);
			return Optional.empty();
		}
		return Optional.of(cancelAs("stock allocation failed: " + reason, at));
	}

	/**
	 * A parcel left. The first one ships the order; an order allocated in several
	 * warehouses has more parcels, each noted in the history. A cancelled order's
	 * shipment is recalled by shipping-service.
	 */
	public Optional<OrderEvent> shipmentDispatched(UUID shipmentId, String carrier, String trackingNumber, Instant at) {
		return shipmentDispatched(shipmentId, carrier, null, trackingNumber, at);
	}

	/**
	 * A parcel left with the carrier's service ({@code STANDARD}, {@code EXPRESS}; null
	 * when not reported).
	 */
	public Optional<OrderEvent> shipmentDispatched(UUID shipmentId, String carrier, String service,
			String trackingNumber, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("shipment " + trackingNumber + " was dispatched after the order was cancelled; it is recalled", at);
			return Optional.empty();
		}
		if (this.status != OrderStatus.ALLOCATED && shipmentId.equals(this.shipmentId)) {
			return Optional.empty();
		}
		String with = carrier + ((service != null) ? " " + service : "") + " " + trackingNumber;
		if (this.status == OrderStatus.SHIPPED) {
			note("another parcel shipped with " + with, at);
			return Optional.empty();
		}
		StatusChange change = moveTo(OrderStatus.SHIPPED, "shipped with " + with, at);
		this.shipmentId = shipmentId;
		this.carrier = carrier;
		this.trackingNumber = trackingNumber;
		return Optional.of(new OrderEvent.Shipped(this.id, shipmentId, carrier, trackingNumber, change));
	}

	public Optional<OrderEvent> shipmentDelivered(UUID shipmentId, Instant at) {
		return shipmentDelivered(shipmentId, true, at);
	}

	/**
	 * A parcel was delivered. The order is complete when its last parcel is
	 * ({@code allParcelsDelivered}); an earlier parcel is noted in the history.
	 */
	public Optional<OrderEvent> shipmentDelivered(UUID shipmentId, boolean allParcelsDelivered, Instant at) {
		if (this.status == OrderStatus.COMPLETED) {
			return Optional.empty();
		}
		if (this.status == OrderStatus.CANCELLED) {
			note("shipment " + shipmentId + " reported delivered after the order was cancelled", at);
			return Optional.empty();
		}
		if (this.status == OrderStatus.SHIPPED && !allParcelsDelivered) {
			note("parcel of shipment " + shipmentId + " delivered; the order's other parcels are on their way", at);
			return Optional.empty();
		}
		StatusChange change = moveTo(OrderStatus.COMPLETED, "delivered", at);
		return Optional.of(new OrderEvent.Completed(this.id, shipmentId, change));
	}

	/**
	 * No carrier could book the parcel (the order is still ALLOCATED), or the carrier
	 * returned it undeliverable (SHIPPED): the only way a shipped order is cancelled.
	 */
	public Optional<OrderEvent> shipmentFailed(String reason, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			note("shipment failed after the order was cancelled: " + reason, at);
			return Optional.empty();
		}
		if (this.status != OrderStatus.ALLOCATED && this.status != OrderStatus.SHIPPED) {
			throw new IllegalOrderTransitionException(this.id, this.status, OrderStatus.CANCELLED);
		}
		return Optional.of(cancelAs("shipment failed: " + reason, at));
	}

	/**
	 * The customer or an operator cancels. Allowed until the parcel leaves; cancelling a
	 * cancelled order again changes nothing.
	 */
	public Optional<OrderEvent> cancel(String reason, Instant at) {
		if (this.status == OrderStatus.CANCELLED) {
			return Optional.empty();
		}
		if (!this.status.isBeforeShipment()) {
			throw new IllegalOrderTransitionException(this.id, this.status, OrderStatus.CANCELLED);
		}
		return Optional.of(cancelAs(reason, at));
	}

	/**
	 * An operator puts the order on hold: it keeps its status and reacts to what other
	 * services report, but the event that makes the next service act ({@code OrderPaid},
	 * {@code OrderAllocated}) waits until {@link #release}. Possible until
	 * shipping-service is asked to ship the order; holding a held order changes nothing.
	 * @return whether the order was put on hold now
	 * @throws OrderHoldException if the order is allocated (and passed on) or finished
	 */
	public boolean hold(String reason, Instant at) {
		if (this.hold != null) {
			return false;
		}
		if (this.status != OrderStatus.CREATED && this.status != OrderStatus.PAID
				&& this.status != OrderStatus.BACKORDERED) {
			throw new OrderHoldException(this.id, this.status);
		}
		this.hold = new Hold(reason, at, null);
		note("put on hold: " + reason, at);
		return true;
	}

	/**
	 * An operator releases the hold: the event withheld meanwhile, if any, goes out now.
	 * Releasing an order that is not held changes nothing.
	 * @return the withheld event, to pass on now
	 */
	public Optional<OrderEvent> release(String reason, Instant at) {
		if (this.hold == null) {
			return Optional.empty();
		}
		OrderStatus withheld = this.hold.withheld();
		this.hold = null;
		note("hold released" + ((reason != null && !reason.isBlank()) ? ": " + reason : "")
				+ ((withheld != null) ? "; the order proceeds from " + withheld : ""), at);
		if (withheld == OrderStatus.PAID) {
			return Optional
				.of(new OrderEvent.Released(new OrderEvent.Paid(this.id, this.paymentId, lastMoveTo(withheld))));
		}
		if (withheld == OrderStatus.ALLOCATED) {
			return Optional.of(new OrderEvent.Released(new OrderEvent.Allocated(this.id, this.allocationId,
					this.warehouse, List.copyOf(this.allocatedUnits), lastMoveTo(withheld))));
		}
		return Optional.empty();
	}

	private OrderEvent passOnOrWithhold(OrderEvent event) {
		if (this.hold == null) {
			return event;
		}
		this.hold = this.hold.withholding(event.change().to());
		note("on hold: " + event.change().to() + " is not passed on until the hold is released", event.change().at());
		return new OrderEvent.Withheld(event);
	}

	private StatusChange lastMoveTo(OrderStatus status) {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (this.history.get(i).to() == status) {
				return this.history.get(i);
			}
		}
		throw new IllegalStateException("order " + this.id + " never moved to " + status);
	}

	/** A compensation completed (refund, stock release): the history shows it. */
	public void recordCompensation(String text, Instant at) {
		note(text, at);
	}

	/**
	 * Something happened to the order that changes no status (a payment waits for the
	 * customer, a held payment was captured): the history shows it.
	 */
	public void recordProgress(String text, Instant at) {
		note(text, at);
	}

	private OrderEvent.Cancelled cancelAs(String reason, Instant at) {
		OrderStatus previous = this.status;
		StatusChange change = moveTo(OrderStatus.CANCELLED, reason, at);
		if (this.hold != null) {
			// What was withheld is moot: the other services learn of the cancellation.
			this.hold = null;
			note("hold ended by the cancellation", at);
		}
		return new OrderEvent.Cancelled(this.id, previous, reason, change);
	}

	private void note(String text, Instant at) {
		this.notes.add(new OrderNote(this.notes.size() + 1, text, at));
	}

	private StatusChange moveTo(OrderStatus next, String reason, Instant at) {
		if (!this.status.canMoveTo(next)) {
			throw new IllegalOrderTransitionException(this.id, this.status, next);
		}
		StatusChange change = new StatusChange(revision() + 1, this.status, next, reason, at);
		this.history.add(change);
		this.status = next;
		return change;
	}

	public UUID id() {
		return this.id;
	}

	public String customerId() {
		return this.customerId;
	}

	public List<OrderLine> lines() {
		return this.lines;
	}

	public Money total() {
		return this.total;
	}

	public String paymentMethod() {
		return this.paymentMethod;
	}

	public ShippingAddress shippingAddress() {
		return this.shippingAddress;
	}

	public Fulfilment fulfilment() {
		return this.fulfilment;
	}

	/** When the order was placed. */
	public Instant createdAt() {
		return this.createdAt;
	}

	public OrderStatus status() {
		return this.status;
	}

	public Origin origin() {
		return this.origin;
	}

	/** The operator's hold, if the order is on hold. */
	public Optional<Hold> hold() {
		return Optional.ofNullable(this.hold);
	}

	/** The number of the latest history entry; increases by one with each transition. */
	public int revision() {
		return this.history.size();
	}

	public List<StatusChange> history() {
		return List.copyOf(this.history);
	}

	public List<OrderNote> notes() {
		return List.copyOf(this.notes);
	}

	/**
	 * The price breakdown as placed; empty for orders placed before pricing rules
	 * existed.
	 */
	public Optional<PriceBreakdown> pricing() {
		return Optional.ofNullable(this.pricing);
	}

	/**
	 * What changed since the order was restored, placed, or its changes were last stored:
	 * a repository writes only this, without reading back what it stored.
	 */
	public Changes changes() {
		return new Changes(this.storedRevision,
				List.copyOf(this.history.subList(this.storedRevision, this.history.size())), this.storedNotes,
				List.copyOf(this.notes.subList(this.storedNotes, this.notes.size())),
				(this.storedUnits || this.allocatedUnits.isEmpty()) ? List.of() : List.copyOf(this.allocatedUnits));
	}

	/** The repository stored the {@link #changes()}: from now on they are not new. */
	public void changesStored() {
		this.storedRevision = this.history.size();
		this.storedNotes = this.notes.size();
		this.storedUnits = !this.allocatedUnits.isEmpty();
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.customerId, this.lines, this.total, this.paymentMethod, this.shippingAddress,
				this.createdAt, this.status, List.copyOf(this.history), List.copyOf(this.notes), this.paymentId,
				this.allocationId, this.warehouse, this.shipmentId, this.carrier, this.trackingNumber, this.fulfilment,
				this.origin, this.hold, List.copyOf(this.allocatedUnits), this.pricing);
	}

	/**
	 * What changed since the order was last stored.
	 *
	 * @param storedRevision the revision stored
	 * @param newHistory the history entries after it
	 * @param storedNotes the number of notes stored
	 * @param newNotes the notes after them
	 * @param newAllocatedUnits the allocated units if they are not stored yet (they are
	 * written once), else empty
	 */
	public record Changes(int storedRevision, List<StatusChange> newHistory, int storedNotes, List<OrderNote> newNotes,
			List<OrderEvent.AllocatedUnits> newAllocatedUnits) {

		public boolean isEmpty() {
			return this.newHistory.isEmpty() && this.newNotes.isEmpty() && this.newAllocatedUnits.isEmpty();
		}

	}

	/** The new order and the event its placement caused. */
	public record Placement(Order order, OrderEvent.Created event) {
	}

	/**
	 * Everything an order holds, for storage and for reading; the only way to rebuild
	 * one. A null {@code fulfilment} means {@link Fulfilment#STANDARD}, a null
	 * {@code origin} {@link Origin#API}, a null {@code hold} no hold, null
	 * {@code allocatedUnits} none, a null {@code pricing} an order placed before pricing
	 * rules existed.
	 */
	public record Snapshot(UUID id, String customerId, List<OrderLine> lines, Money total, String paymentMethod,
			ShippingAddress shippingAddress, Instant createdAt, OrderStatus status, List<StatusChange> history,
			List<OrderNote> notes, UUID paymentId, UUID allocationId, String warehouse, UUID shipmentId, String carrier,
			String trackingNumber, Fulfilment fulfilment, Origin origin, Hold hold,
			List<OrderEvent.AllocatedUnits> allocatedUnits, PriceBreakdown pricing) {

		/** An order without a price breakdown. */
		public Snapshot(UUID id, String customerId, List<OrderLine> lines, Money total, String paymentMethod,
				ShippingAddress shippingAddress, Instant createdAt, OrderStatus status, List<StatusChange> history,
				List<OrderNote> notes, UUID paymentId, UUID allocationId, String warehouse, UUID shipmentId,
				String carrier, String trackingNumber, Fulfilment fulfilment, Origin origin, Hold hold,
				List<OrderEvent.AllocatedUnits> allocatedUnits) {
			this(id, customerId, lines, total, paymentMethod, shippingAddress, createdAt, status, history, notes,
					paymentId, allocationId, warehouse, shipmentId, carrier, trackingNumber, fulfilment, origin, hold,
					allocatedUnits, null);
		}

	}

}

package io.openoms.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

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

	private OrderStatus status;

	private UUID paymentId;

	private UUID allocationId;

	private String warehouse;

	private UUID shipmentId;

	private String carrier;

	private String trackingNumber;

	private Order(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.customerId = Objects.requireNonNull(snapshot.customerId(), "customerId");
		this.lines = List.copyOf(snapshot.lines());
		this.total = Objects.requireNonNull(snapshot.total(), "total");
		this.paymentMethod = Objects.requireNonNull(snapshot.paymentMethod(), "paymentMethod");
		this.shippingAddress = Objects.requireNonNull(snapshot.shippingAddress(), "shippingAddress");
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.history = new ArrayList<>(snapshot.history());
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.paymentId = snapshot.paymentId();
		this.allocationId = snapshot.allocationId();
		this.warehouse = snapshot.warehouse();
		this.shipmentId = snapshot.shipmentId();
		this.carrier = snapshot.carrier();
		this.trackingNumber = snapshot.trackingNumber();
	}

	/** Places a new order; its total is the sum of its priced lines. */
	public static Placement place(UUID id, String customerId, List<OrderLine> lines, String paymentMethod,
			ShippingAddress shippingAddress, Instant now) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("an order needs at least one line");
		}
		Money total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
		StatusChange created = new StatusChange(1, null, OrderStatus.CREATED, "order placed", now);
		Order order = new Order(new Snapshot(id, customerId, lines, total, paymentMethod, shippingAddress, now,
				OrderStatus.CREATED, List.of(created), null, null, null, null, null, null));
		return new Placement(order, new OrderEvent.Created(id, created));
	}

	/** Rebuilds an order from storage. */
	public static Order restore(Snapshot snapshot) {
		return new Order(snapshot);
	}

	public OrderEvent.Paid markPaid(UUID paymentId, Instant at) {
		StatusChange change = moveTo(OrderStatus.PAID, "payment " + paymentId + " succeeded", at);
		this.paymentId = paymentId;
		return new OrderEvent.Paid(this.id, paymentId, change);
	}

	public OrderEvent.Allocated markAllocated(UUID allocationId, String warehouse, Instant at) {
		StatusChange change = moveTo(OrderStatus.ALLOCATED, "stock allocated in " + warehouse, at);
		this.allocationId = allocationId;
		this.warehouse = warehouse;
		return new OrderEvent.Allocated(this.id, allocationId, warehouse, change);
	}

	public OrderEvent.Shipped markShipped(UUID shipmentId, String carrier, String trackingNumber, Instant at) {
		StatusChange change = moveTo(OrderStatus.SHIPPED, "shipped with " + carrier + " " + trackingNumber, at);
		this.shipmentId = shipmentId;
		this.carrier = carrier;
		this.trackingNumber = trackingNumber;
		return new OrderEvent.Shipped(this.id, shipmentId, carrier, trackingNumber, change);
	}

	public OrderEvent.Completed complete(UUID shipmentId, Instant at) {
		StatusChange change = moveTo(OrderStatus.COMPLETED, "delivered", at);
		return new OrderEvent.Completed(this.id, shipmentId, change);
	}

	public OrderEvent.Cancelled cancel(String reason, Instant at) {
		OrderStatus previous = this.status;
		StatusChange change = moveTo(OrderStatus.CANCELLED, reason, at);
		return new OrderEvent.Cancelled(this.id, previous, reason, change);
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

	public OrderStatus status() {
		return this.status;
	}

	/** The number of the latest history entry; increases by one with each transition. */
	public int revision() {
		return this.history.size();
	}

	public List<StatusChange> history() {
		return List.copyOf(this.history);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.customerId, this.lines, this.total, this.paymentMethod, this.shippingAddress,
				this.createdAt, this.status, List.copyOf(this.history), this.paymentId, this.allocationId,
				this.warehouse, this.shipmentId, this.carrier, this.trackingNumber);
	}

	/** The new order and the event its placement caused. */
	public record Placement(Order order, OrderEvent.Created event) {
	}

	/**
	 * Everything an order holds, for storage and for reading; the only way to rebuild
	 * one.
	 */
	public record Snapshot(UUID id, String customerId, List<OrderLine> lines, Money total, String paymentMethod,
			ShippingAddress shippingAddress, Instant createdAt, OrderStatus status, List<StatusChange> history,
			UUID paymentId, UUID allocationId, String warehouse, UUID shipmentId, String carrier,
			String trackingNumber) {
	}

}

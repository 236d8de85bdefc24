package io.openoms.inventory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The stock of one order: decided once (reserved, rejected, or waiting for stock), then
 * shipped or released; shipped units come back (returned) when the carrier returns the
 * parcel. A waiting (backordered) order is filled when stock arrives, or expires. Each
 * transition returns the stock movements it causes; applying them to the stock levels is
 * the caller's job, in the same transaction.
 */
public final class Allocation implements AllocationTerms.Queued {

	private final UUID id;

	private final UUID orderId;

	private final List<RequestedLine> demand;

	private final AllocationTerms terms;

	private final List<AllocationLine> lines;

	private final Instant createdAt;

	private final Instant expiresAt;

	private AllocationDecision.Rejected rejection;

	private AllocationStatus status;

	private Instant updatedAt;

	private Allocation(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.orderId = Objects.requireNonNull(snapshot.orderId(), "orderId");
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.demand = List.copyOf(snapshot.demand());
		this.terms = Objects.requireNonNull(snapshot.terms(), "terms");
		this.lines = new ArrayList<>(snapshot.lines());
		this.rejection = snapshot.rejection();
		this.expiresAt = snapshot.expiresAt();
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
		boolean rejected = this.status == AllocationStatus.REJECTED || this.status == AllocationStatus.EXPIRED;
		if (rejected != (this.rejection != null)) {
			throw new IllegalArgumentException("a rejected or expired allocation, and only that, carries a rejection");
		}
		if (this.status == AllocationStatus.REJECTED && !this.lines.isEmpty()) {
			throw new IllegalArgumentException("a rejected allocation holds no lines");
		}
		if (this.status == AllocationStatus.BACKORDERED && this.expiresAt == null) {
			throw new IllegalArgumentException("a backordered allocation has a time it expires");
		}
		if (this.status == AllocationStatus.ALLOCATED && this.lines.isEmpty()) {
			throw new IllegalArgumentException("an allocated allocation holds lines");
		}
	}

	/**
	 * Records a policy's decision for an order: reserved (with the ALLOCATION movements
	 * to apply) or rejected (with none).
	 */
	public static Decided decide(UUID id, AllocationRequest request, AllocationDecision decision, Instant at) {
		if (decision instanceof AllocationDecision.Allocated allocated) {
			Allocation allocation = new Allocation(new Snapshot(id, request.orderId(), AllocationStatus.ALLOCATED,
					request.lines(), request.terms(), lines(allocated), null, null, at, at));
			return new Decided(allocation, allocation.movements(MovementType.ALLOCATION, null, "order paid", at));
		}
		return new Decided(new Allocation(new Snapshot(id, request.orderId(), AllocationStatus.REJECTED,
				request.lines(), request.terms(), List.of(), (AllocationDecision.Rejected) decision, null, at, at)),
				List.of());
	}

	/**
	 * The order cannot be filled now and waits for stock until {@code expiresAt}, holding
	 * the lines of {@code held} (a partial fill), if any.
	 * @param shortage why it cannot be filled now
	 */
	public static Decided backorder(UUID id, AllocationRequest request, AllocationDecision.Rejected shortage,
			Optional<AllocationDecision.Allocated> held, Instant expiresAt, Instant at) {
		if (!shortage.reason().couldBeFilledLater()) {
			throw new IllegalArgumentException(shortage.reason() + " cannot be backordered");
		}
		if (held.isPresent() && !request.terms().partial()) {
			throw new IllegalArgumentException("order " + request.orderId() + " does not allow partial allocation");
		}
		Allocation allocation = new Allocation(new Snapshot(id, request.orderId(), AllocationStatus.BACKORDERED,
				request.lines(), request.terms(), held.map(Allocation::lines).orElse(List.of()), null,
				Objects.requireNonNull(expiresAt, "expiresAt"), at, at));
		return new Decided(allocation,
				allocation.movements(MovementType.ALLOCATION, null, "order paid, partly held while backordered", at));
	}

	/** Rebuilds an allocation from storage. */
	public static Allocation restore(Snapshot snapshot) {
		return new Allocation(snapshot);
	}

	/**
	 * Stock arrived for a waiting order: holds {@code more} of its remaining lines; once
	 * every line is held the order is ALLOCATED.
	 * @return the ALLOCATION movements of the newly held lines
	 * @throws IllegalAllocationTransitionException if the order is not waiting
	 */
	public List<StockMovement> fill(AllocationDecision.Allocated more, Instant at) {
		if (this.status != AllocationStatus.BACKORDERED) {
			throw new IllegalAllocationTransitionException(this.orderId, this.status, AllocationStatus.ALLOCATED);
		}
		Set<String> remaining = remaining().stream().map(RequestedLine::sku).collect(Collectors.toSet());
		List<AllocationLine> added = lines(more);
		for (AllocationLine line : added) {
			RequestedLine wanted = this.demand.stream()
				.filter((requested) -> requested.sku().equals(line.sku()))
				.findFirst()
				.orElse(null);
			if (!remaining.contains(line.sku()) || wanted == null || wanted.quantity() != line.quantity()) {
				throw new IllegalArgumentException("order " + this.orderId + " does not wait for " + line);
			}
		}
		heldWarehouse().filter((warehouse) -> !warehouse.equals(more.warehouse())).ifPresent((warehouse) -> {
			throw new IllegalArgumentException(
					"order " + this.orderId + " holds stock in " + warehouse + ", not in " + more.warehouse());
		});
		this.lines.addAll(added);
		if (remaining().isEmpty()) {
			moveTo(AllocationStatus.ALLOCATED, at);
		}
		else {
			this.updatedAt = at;
		}
		return added.stream()
			.map((line) -> new StockMovement(MovementType.ALLOCATION, line.key(), line.quantity(), this.orderId, null,
					"backorder filled: stock arrived", at))
			.toList();
	}

	/**
	 * A waiting order waited too long: it is rejected and whatever it held is released.
	 * @return the RELEASE movements of what it held, none if it held nothing or was not
	 * waiting
	 */
	public List<StockMovement> expire(Instant at) {
		if (this.status != AllocationStatus.BACKORDERED) {
			return List.of();
		}
		List<String> waitedFor = remaining().stream().map(RequestedLine::sku).toList();
		this.rejection = new AllocationDecision.Rejected(RejectionReason.BACKORDER_EXPIRED, List.of(), waitedFor);
		moveTo(AllocationStatus.EXPIRED, at);
		return movements(MovementType.RELEASE, null, "backorder expired at " + this.expiresAt, at);
	}

	/** Whether the order waits for stock and its time ran out. */
	public boolean isOverdue(Instant now) {
		return this.status == AllocationStatus.BACKORDERED && !now.isBefore(this.expiresAt);
	}

	/**
	 * The reserved units left the warehouse. Shipping a shipped allocation again changes
	 * nothing, even after its units came back.
	 * @return the SHIPMENT movements, none if it was shipped before
	 * @throws IllegalAllocationTransitionException if nothing is reserved to ship
	 */
	public List<StockMovement> ship(String shipmentReference, Instant at) {
		if (this.status == AllocationStatus.SHIPPED || this.status == AllocationStatus.RETURNED) {
			return List.of();
		}
		if (this.status != AllocationStatus.ALLOCATED) {
			throw new IllegalAllocationTransitionException(this.orderId, this.status, AllocationStatus.SHIPPED);
		}
		moveTo(AllocationStatus.SHIPPED, at);
		return movements(MovementType.SHIPMENT, shipmentReference, "order shipped", at);
	}

	/**
	 * Gives the reservation back; a waiting order stops waiting and gives back what it
	 * held. Releasing what is not reserved (rejected, released, or already shipped and so
	 * physically gone) changes nothing.
	 * @return the RELEASE movements, none if nothing was reserved
	 */
	public List<StockMovement> release(String reason, Instant at) {
		if (this.status != AllocationStatus.ALLOCATED && this.status != AllocationStatus.BACKORDERED) {
			return List.of();
		}
		moveTo(AllocationStatus.RELEASED, at);
		return movements(MovementType.RELEASE, null, reason, at);
	}

	/**
	 * The shipped units came back to the warehouse they left: on hand again, and
	 * available. Returning a returned allocation again changes nothing.
	 * @return the RETURN movements, none if they came back before
	 * @throws IllegalAllocationTransitionException if nothing was shipped
	 */
	public List<StockMovement> takeBack(String reason, Instant at) {
		if (this.status == AllocationStatus.RETURNED) {
			return List.of();
		}
		if (this.status != AllocationStatus.SHIPPED) {
			throw new IllegalAllocationTransitionException(this.orderId, this.status, AllocationStatus.RETURNED);
		}
		moveTo(AllocationStatus.RETURNED, at);
		return movements(MovementType.RETURN, null, reason, at);
	}

	/**
	 * The order was cancelled: whatever stock it holds comes back. A reservation is
	 * released (even if the order had shipped: as long as the units were never booked
	 * out, giving the reservation back is what puts them on the shelf again), and a
	 * waiting order stops waiting. Shipped units are taken back only when the order was
	 * cancelled after it shipped, which means the carrier returned the parcel. Anything
	 * else (rejected, released or returned before) has nothing to give back, so a
	 * repeated cancellation changes nothing.
	 * @param afterShipping the order was SHIPPED when it was cancelled
	 * @return the RELEASE or RETURN movements, none if nothing comes back
	 */
	public List<StockMovement> cancel(boolean afterShipping, String reason, Instant at) {
		if (this.status == AllocationStatus.SHIPPED && afterShipping) {
			return takeBack(reason, at);
		}
		return release(reason, at);
	}

	private void moveTo(AllocationStatus next, Instant at) {
		this.status = next;
		this.updatedAt = at;
	}

	private List<StockMovement> movements(MovementType type, String reference, String reason, Instant at) {
		return this.lines.stream()
			.map((line) -> new StockMovement(type, line.key(), line.quantity(), this.orderId, reference, reason, at))
			.toList();
	}

	private static List<AllocationLine> lines(AllocationDecision.Allocated allocated) {
		return allocated.lines()
			.stream()
			.map((line) -> new AllocationLine(new StockKey(line.sku(), allocated.warehouse()), line.quantity()))
			.toList();
	}

	public UUID id() {
		return this.id;
	}

	@Override
	public UUID orderId() {
		return this.orderId;
	}

	public AllocationStatus status() {
		return this.status;
	}

	/** What the order needs, one line per SKU. */
	public List<RequestedLine> demand() {
		return this.demand;
	}

	@Override
	public AllocationTerms terms() {
		return this.terms;
	}

	/** What is held for the order (reserved, or was). */
	public List<AllocationLine> lines() {
		return List.copyOf(this.lines);
	}

	/** The lines of the demand a waiting order does not hold yet. */
	public List<RequestedLine> remaining() {
		Set<String> held = this.lines.stream().map(AllocationLine::sku).collect(Collectors.toSet());
		return this.demand.stream().filter((line) -> !held.contains(line.sku())).toList();
	}

	/** The one warehouse the lines are reserved in; empty when nothing is reserved. */
	public Optional<String> warehouse() {
		List<String> warehouses = this.lines.stream().map(AllocationLine::warehouse).distinct().toList();
		if (warehouses.size() > 1) {
			throw new IllegalStateException("allocation " + this.id + " spans warehouses " + warehouses);
		}
		return warehouses.stream().findFirst();
	}

	/** Where a waiting order holds its partial fill; empty if it holds nothing. */
	public Optional<String> heldWarehouse() {
		return warehouse();
	}

	public Optional<AllocationDecision.Rejected> rejection() {
		return Optional.ofNullable(this.rejection);
	}

	/** When a waiting order stops waiting; null for an order that never waited. */
	public Instant expiresAt() {
		return this.expiresAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.orderId, this.status, this.demand, this.terms, List.copyOf(this.lines),
				this.rejection, this.expiresAt, this.createdAt, this.updatedAt);
	}

	/**
	 * A new allocation and the movements its decision causes.
	 *
	 * @param allocation the allocation, ALLOCATED, BACKORDERED or REJECTED
	 * @param movements the ALLOCATION movements to apply, none for a rejection
	 */
	public record Decided(Allocation allocation, List<StockMovement> movements) {
	}

	/**
	 * An allocation's state, for storage.
	 *
	 * @param id the allocation's id
	 * @param orderId the order, one allocation per order
	 * @param status where it is in its life
	 * @param demand what the order needs
	 * @param terms its priority, age and backorder choices
	 * @param lines what is or was held
	 * @param rejection why nothing was reserved, only for REJECTED and EXPIRED
	 * @param expiresAt when a waiting order stops waiting, null if it never waited
	 * @param createdAt when it was decided
	 * @param updatedAt when it last changed
	 */
	public record Snapshot(UUID id, UUID orderId, AllocationStatus status, List<RequestedLine> demand,
			AllocationTerms terms, List<AllocationLine> lines, AllocationDecision.Rejected rejection, Instant expiresAt,
			Instant createdAt, Instant updatedAt) {
	}

}

package io.openoms.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The stock of one order: decided once (reserved or rejected), then shipped or released;
 * shipped units come back (returned) when the carrier returns the parcel. Each transition
 * returns the stock movements it causes; applying them to the stock levels is the
 * caller's job, in the same transaction.
 */
public final class Allocation {

	private final UUID id;

	private final UUID orderId;

	private final List<AllocationLine> lines;

	private final AllocationDecision.Rejected rejection;

	private final Instant createdAt;

	private AllocationStatus status;

	private Instant updatedAt;

	private Allocation(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.orderId = Objects.requireNonNull(snapshot.orderId(), "orderId");
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.lines = List.copyOf(snapshot.lines());
		this.rejection = snapshot.rejection();
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
		if ((this.status == AllocationStatus.REJECTED) != (this.rejection != null)) {
			throw new IllegalArgumentException("a rejected allocation, and only that, carries a rejection");
		}
		if ((this.status == AllocationStatus.REJECTED) != this.lines.isEmpty()) {
			throw new IllegalArgumentException("a rejected allocation, and only that, has no lines");
		}
	}

	/**
	 * Records a policy's decision for an order: reserved (with the ALLOCATION movements
	 * to apply) or rejected (with none).
	 */
	public static Decided decide(UUID id, UUID orderId, AllocationDecision decision, Instant at) {
		Allocation allocation;
		if (decision instanceof AllocationDecision.Allocated allocated) {
			List<AllocationLine> lines = allocated.lines()
				.stream()
				.map((line) -> new AllocationLine(new StockKey(line.sku(), allocated.warehouse()), line.quantity()))
				.toList();
			allocation = new Allocation(new Snapshot(id, orderId, AllocationStatus.ALLOCATED, lines, null, at, at));
		}
		else {
			AllocationDecision.Rejected rejected = (AllocationDecision.Rejected) decision;
			allocation = new Allocation(
					new Snapshot(id, orderId, AllocationStatus.REJECTED, List.of(), rejected, at, at));
		}
		return new Decided(allocation, allocation.movements(MovementType.ALLOCATION, null, "order paid", at));
	}

	/** Rebuilds an allocation from storage. */
	public static Allocation restore(Snapshot snapshot) {
		return new Allocation(snapshot);
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
	 * Gives the reservation back. Releasing what is not reserved (rejected, released, or
	 * already shipped and so physically gone) changes nothing.
	 * @return the RELEASE movements, none if nothing was reserved
	 */
	public List<StockMovement> release(String reason, Instant at) {
		if (this.status != AllocationStatus.ALLOCATED) {
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
	 * out, giving the reservation back is what puts them on the shelf again). Shipped
	 * units are taken back only when the order was cancelled after it shipped, which
	 * means the carrier returned the parcel. Anything else (rejected, released or
	 * returned before) has nothing to give back, so a repeated cancellation changes
	 * nothing.
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

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public AllocationStatus status() {
		return this.status;
	}

	public List<AllocationLine> lines() {
		return this.lines;
	}

	/** The one warehouse the lines are reserved in; empty when nothing is reserved. */
	public Optional<String> warehouse() {
		List<String> warehouses = this.lines.stream().map(AllocationLine::warehouse).distinct().toList();
		if (warehouses.size() > 1) {
			throw new IllegalStateException("allocation " + this.id + " spans warehouses " + warehouses);
		}
		return warehouses.stream().findFirst();
	}

	public Optional<AllocationDecision.Rejected> rejection() {
		return Optional.ofNullable(this.rejection);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.orderId, this.status, this.lines, this.rejection, this.createdAt,
				this.updatedAt);
	}

	/**
	 * A new allocation and the movements its decision causes.
	 *
	 * @param allocation the allocation, ALLOCATED or REJECTED
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
	 * @param lines what is or was reserved; empty for a rejection
	 * @param rejection why nothing was reserved, only for REJECTED
	 * @param createdAt when it was decided
	 * @param updatedAt when it last changed
	 */
	public record Snapshot(UUID id, UUID orderId, AllocationStatus status, List<AllocationLine> lines,
			AllocationDecision.Rejected rejection, Instant createdAt, Instant updatedAt) {
	}

}

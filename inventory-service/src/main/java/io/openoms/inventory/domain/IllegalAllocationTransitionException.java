package io.openoms.inventory.domain;

import java.util.UUID;

/**
 * A move the allocation's life does not allow, for example shipping a rejected
 * allocation.
 */
public class IllegalAllocationTransitionException extends RuntimeException {

	private final UUID orderId;

	private final AllocationStatus from;

	private final AllocationStatus to;

	public IllegalAllocationTransitionException(UUID orderId, AllocationStatus from, AllocationStatus to) {
		super("the allocation of order " + orderId + " cannot move from " + from + " to " + to);
		this.orderId = orderId;
		this.from = from;
		this.to = to;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public AllocationStatus from() {
		return this.from;
	}

	public AllocationStatus to() {
		return this.to;
	}

}

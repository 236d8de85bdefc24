package io.openoms.inventory.domain;

/** Where an allocation is in its life. */
public enum AllocationStatus {

	/** Stock is reserved for the order. */
	ALLOCATED,

	/** Nothing could be reserved; final. */
	REJECTED,

	/** The reserved units left the warehouse; final. */
	SHIPPED,

	/** The reservation was given back, the order was cancelled; final. */
	RELEASED

}

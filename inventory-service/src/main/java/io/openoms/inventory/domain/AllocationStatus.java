package io.openoms.inventory.domain;

/** Where an allocation is in its life. */
public enum AllocationStatus {

	/** Stock is reserved for the order. */
	ALLOCATED,

	/** Nothing could be reserved; final. */
	REJECTED,

	/** The reserved units left the warehouse. */
	SHIPPED,

	/** The reservation was given back, the order was cancelled; final. */
	RELEASED,

	/**
	 * The shipped units came back: the carrier returned the parcel and the order was
	 * cancelled; final.
	 */
	RETURNED

}

package io.openoms.inventory.domain;

/** Where an allocation is in its life. */
public enum AllocationStatus {

	/** Stock is reserved for the order. */
	ALLOCATED,

	/** Nothing could be reserved; final. */
	REJECTED,

	/**
	 * The order waits for stock: it holds nothing, or (if it allows partial allocation)
	 * the lines that could be filled so far, all in one warehouse.
	 */
	BACKORDERED,

	/**
	 * The order waited for stock longer than allowed: whatever it held is released and it
	 * is rejected; final.
	 */
	EXPIRED,

	/** The reserved units left the warehouse. */
	SHIPPED,

	/**
	 * The reservation (or a waiting order's partial hold) was given back, the order was
	 * cancelled; final.
	 */
	RELEASED,

	/**
	 * The shipped units came back: the carrier returned the parcel and the order was
	 * cancelled; final.
	 */
	RETURNED

}

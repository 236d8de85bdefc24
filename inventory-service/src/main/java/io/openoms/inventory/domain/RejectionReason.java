package io.openoms.inventory.domain;

/** Why an order's stock could not be allocated, most fundamental first. */
public enum RejectionReason {

	/** At least one SKU has no stock record in any warehouse. */
	UNKNOWN_SKU,

	/** At least one line is larger than what any single warehouse has available. */
	INSUFFICIENT_STOCK,

	/**
	 * Every line could be filled somewhere, but no single warehouse can fill all of them.
	 */
	NO_SINGLE_WAREHOUSE,

	/** The order waited for stock (backordered) until its time ran out. */
	BACKORDER_EXPIRED;

	/** Whether stock arriving later could fill the order: unknown SKUs never arrive. */
	public boolean couldBeFilledLater() {
		return this != UNKNOWN_SKU && this != BACKORDER_EXPIRED;
	}

}

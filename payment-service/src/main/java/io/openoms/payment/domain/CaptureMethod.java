package io.openoms.payment.domain;

/**
 * When a charge takes the money. Kept on each charge, so changing the setting only
 * affects new orders.
 */
public enum CaptureMethod {

	/** The money is taken when the order is placed. */
	AUTOMATIC,

	/**
	 * The money is held when the order is placed and taken when it ships; cancelling
	 * before then releases the hold instead of refunding.
	 */
	MANUAL

}

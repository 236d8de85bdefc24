package io.openoms.inventory.domain;

/**
 * The kinds of change to a stock level, and what each does to it. A level is the sum of
 * its movements: {@link StockLevel#rebuild} relies on these two functions only.
 */
public enum MovementType {

	/** Units arrived in the warehouse. */
	RECEIPT(1, 0),

	/** Units reserved for an order; they stay on hand until shipped. */
	ALLOCATION(0, 1),

	/** A reservation given back, for example because the order was cancelled. */
	RELEASE(0, -1),

	/** Reserved units left the warehouse. */
	SHIPMENT(-1, -1),

	/**
	 * Shipped units came back: the carrier returned the parcel, the order was cancelled;
	 * they are on hand and available again.
	 */
	RETURN(1, 0),

	/** A correction of on-hand units after a count; its quantity is signed. */
	ADJUSTMENT(1, 0);

	private final int onHandSign;

	private final int reservedSign;

	MovementType(int onHandSign, int reservedSign) {
		this.onHandSign = onHandSign;
		this.reservedSign = reservedSign;
	}

	int onHandDelta(int quantity) {
		return this.onHandSign * quantity;
	}

	int reservedDelta(int quantity) {
		return this.reservedSign * quantity;
	}

	/**
	 * Only an adjustment may lower stock by a negative quantity; every other movement
	 * moves units.
	 */
	boolean allowsNegativeQuantity() {
		return this == ADJUSTMENT;
	}

}

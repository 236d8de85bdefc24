package io.openoms.inventory.domain;

/**
 * Where a SKU's available units stand against its low-stock threshold. An alert is raised
 * when the state gets worse (to LOW, or to OUT), not again while it stays there.
 */
public enum StockAlertState {

	/** More available than the threshold. */
	NORMAL,

	/** At or below the threshold, but some available. */
	LOW,

	/** Nothing available in any warehouse. */
	OUT;

	/**
	 * @param available units available over all warehouses
	 * @param threshold the SKU's low-stock threshold, 0 for none
	 */
	public static StockAlertState of(int available, int threshold) {
		if (available <= 0) {
			return OUT;
		}
		return (available <= threshold) ? LOW : NORMAL;
	}

	/** Whether moving from this state to {@code next} raises an alert. */
	public boolean raisesAlertWhenMovingTo(StockAlertState next) {
		return next.ordinal() > this.ordinal();
	}

}

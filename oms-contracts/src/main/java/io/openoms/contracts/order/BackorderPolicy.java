package io.openoms.contracts.order;

/**
 * What the customer chose for an order whose lines cannot all be filled from stock when
 * it is paid. Null on an order means "as the products say": the order waits only if every
 * short product allows backorders (inventory-service's product setting).
 */
public enum BackorderPolicy {

	/**
	 * The order waits for stock (BACKORDERED) and is allocated automatically when stock
	 * arrives, in priority order, until inventory-service's backorder timeout rejects it.
	 */
	WAIT,

	/** The order is rejected at once, so it is cancelled and refunded. */
	REJECT

}

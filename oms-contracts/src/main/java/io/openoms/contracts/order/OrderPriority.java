package io.openoms.contracts.order;

/**
 * How urgently an order is to be fulfilled: express orders are allocated before standard
 * ones when stock is scarce and shipped with an express service.
 */
public enum OrderPriority {

	STANDARD, EXPRESS

}

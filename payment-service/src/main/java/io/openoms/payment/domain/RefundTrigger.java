package io.openoms.payment.domain;

/** What started a refund. */
public enum RefundTrigger {

	/**
	 * The order was cancelled after its money was taken: everything not refunded yet goes
	 * back, once per order.
	 */
	ORDER_CANCELLED,

	/** An operator refunded part or all of a charge, for example a goodwill refund. */
	OPERATOR,

	/**
	 * The gateway reported money given back that the OMS did not ask for, for example a
	 * refund made in Stripe's dashboard; recorded so the books still add up.
	 */
	GATEWAY

}

package io.openoms.payment.domain;

/**
 * What a payment does with the customer's money. An order has at most one charge of its
 * total; refunds give back parts or all of it: at most one because the order was
 * cancelled, and any number an operator asks for, while money is left to give back.
 */
public enum PaymentKind {

	/** Takes (or holds) the order's total. */
	CHARGE,

	/** Gives back some or all of what the order's charge took. */
	REFUND

}

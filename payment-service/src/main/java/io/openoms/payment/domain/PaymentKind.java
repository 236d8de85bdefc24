package io.openoms.payment.domain;

/**
 * What a payment does with the customer's money. An order has at most one payment of each
 * kind: one charge of its total and, if it is cancelled after the money was taken, one
 * refund of all of it. Partial refunds, when they come, get a kind of their own that may
 * occur more than once.
 */
public enum PaymentKind {

	/** Takes the order's total. */
	CHARGE("charge"),

	/** Gives back everything the order's charge took. */
	REFUND("refund");

	private final String step;

	PaymentKind(String step) {
		this.step = step;
	}

	/**
	 * The step's name in idempotency keys; stable, because the gateway remembers keys.
	 */
	public String step() {
		return this.step;
	}

}

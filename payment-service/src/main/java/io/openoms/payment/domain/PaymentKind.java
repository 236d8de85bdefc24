package io.openoms.payment.domain;

/**
 * What a payment does with the customer's money. An order has at most one payment of each
 * kind; refunds come later.
 */
public enum PaymentKind {

	CHARGE("charge");

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

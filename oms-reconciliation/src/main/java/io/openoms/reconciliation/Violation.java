package io.openoms.reconciliation;

import java.util.UUID;

/**
 * One broken invariant.
 *
 * @param rule which invariant, a stable name such as {@code MONEY_NOT_CONSERVED}
 * @param orderId the order concerned, null when the violation is not about one order
 * @param detail what was found, with the numbers
 */
public record Violation(String rule, UUID orderId, String detail) {

	@Override
	public String toString() {
		return this.rule + ((this.orderId != null) ? " order " + this.orderId : "") + ": " + this.detail;
	}

}

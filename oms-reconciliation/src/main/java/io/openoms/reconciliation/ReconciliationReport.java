package io.openoms.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * What one reconciliation run found.
 *
 * @param checkedAt when the run started
 * @param ordersChecked how many orders were looked at
 * @param violations every broken invariant; empty when everything adds up
 */
public record ReconciliationReport(Instant checkedAt, int ordersChecked, List<Violation> violations) {

	public boolean isClean() {
		return this.violations.isEmpty();
	}

	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append("Reconciliation at ")
			.append(this.checkedAt)
			.append(": ")
			.append(this.ordersChecked)
			.append(" orders, ")
			.append(this.violations.size())
			.append(" violation(s)");
		this.violations.forEach((violation) -> text.append(System.lineSeparator()).append("  ").append(violation));
		return text.toString();
	}

}

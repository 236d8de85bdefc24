package io.openoms.reconciliation;

import java.time.Duration;

/**
 * The time bounds the audit allows.
 *
 * @param maxOrderAge an order not terminal after this long is stuck
 * @param settleTime compensations (refunds, releases) of a cancelled order are given this
 * long to complete before the money and stock of the order must add up
 * @param maxOutboxLag a committed event not published after this long is a violation
 */
public record ReconciliationSettings(Duration maxOrderAge, Duration settleTime, Duration maxOutboxLag) {

	public static ReconciliationSettings defaults() {
		return new ReconciliationSettings(Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofSeconds(30));
	}

}

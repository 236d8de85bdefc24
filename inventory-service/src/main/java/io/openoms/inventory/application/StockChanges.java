package io.openoms.inventory.application;

import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.messaging.Causation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What follows from changed stock levels, once per transaction: just before the commit,
 * the stock alerts of every changed SKU are checked (the product rows are the last rows a
 * transaction locks, so they cannot take part in a deadlock); just after the commit,
 * waiting orders are filled from the SKUs that gained available units, in a transaction
 * of their own.
 */
@Component
class StockChanges {

	private static final Logger logger = LoggerFactory.getLogger(StockChanges.class);

	private final StockAlerts alerts;

	// Filling posts movements through the ledger, which reports here: a provider breaks
	// the cycle.
	private final ObjectProvider<FillBackorders> fillBackorders;

	StockChanges(StockAlerts alerts, ObjectProvider<FillBackorders> fillBackorders) {
		this.alerts = alerts;
		this.fillBackorders = fillBackorders;
	}

	/**
	 * @param changed SKUs whose levels changed in the current transaction
	 * @param gained SKUs that gained available units
	 */
	void record(Set<String> changed, Set<String> gained, Causation causation) {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending(causation);
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.changed.addAll(changed);
		pending.gained.addAll(gained);
	}

	private final class Pending implements TransactionSynchronization {

		private final Causation causation;

		private final Set<String> changed = new TreeSet<>();

		private final Set<String> gained = new TreeSet<>();

		Pending(Causation causation) {
			this.causation = causation;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			StockChanges.this.alerts.check(this.changed, this.causation);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(StockChanges.this);
		}

		@Override
		public void afterCommit() {
			if (this.gained.isEmpty()) {
				return;
			}
			try {
				StockChanges.this.fillBackorders.getObject().fill(this.gained, this.causation);
			}
			catch (RuntimeException ex) {
				// The change itself is committed; the sweep fills the waiting orders
				// soon.
				logger.warn("Could not fill backorders of {} right away, the backorder sweep will: {}", this.gained,
						ex.toString());
			}
		}

	}

}

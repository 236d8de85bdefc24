package io.openoms.inventory.persistence;

import io.openoms.inventory.InventoryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Bounds how long the current transaction waits for a row lock. */
@Component
class RowLocks {

	private final JdbcClient jdbc;

	private final String timeout;

	RowLocks(JdbcClient jdbc, InventoryProperties properties) {
		this.jdbc = jdbc;
		this.timeout = properties.lockTimeout().toMillis() + "ms";
	}

	/**
	 * Applies the configured lock timeout to the rest of the current transaction, once: a
	 * transaction of a consumed batch locks many times.
	 */
	void boundWaits() {
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		this.jdbc.sql("select set_config('lock_timeout', ?, true)").param(this.timeout).query(String.class).single();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RowLocks.this);
				}

			});
		}
	}

}

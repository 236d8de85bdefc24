package io.openoms.messaging;

/** Read-only view of the outbox for health checks and the reconciliation. */
public final class OutboxMonitor {

	private final OutboxRows rows;

	OutboxMonitor(OutboxRows rows) {
		this.rows = rows;
	}

	/** Rows committed but not yet acknowledged by the broker. */
	public long unpublished() {
		return this.rows.countUnpublished();
	}

}

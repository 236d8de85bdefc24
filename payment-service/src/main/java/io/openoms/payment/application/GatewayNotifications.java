package io.openoms.payment.application;

import java.time.Instant;

/** The webhook events already handled, by the gateway's event id. */
public interface GatewayNotifications {

	/**
	 * Records that the event is being handled, in the caller's transaction.
	 * @return false if it was handled before; nothing was recorded
	 */
	boolean recordIfFirst(String notificationId, String type, Instant at);

	/** Records what handling the event did. */
	void recordOutcome(String notificationId, String outcome);

}

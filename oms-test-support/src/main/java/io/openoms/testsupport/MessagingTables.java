package io.openoms.testsupport;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the tables oms-messaging keeps in every service's database (schema
 * {@code oms_messaging}), so a test can wait until the service has applied an event and
 * count what it announced. Read-only; the names of the tables live here and in
 * oms-messaging's migration only.
 */
public final class MessagingTables {

	private MessagingTables() {
	}

	/**
	 * How many consumers of the service recorded the event as applied: 0 until it is
	 * applied, then 1, however often it is delivered.
	 * @param jdbc the service's database
	 * @param eventId the event's id
	 * @return the number of records
	 */
	public static long timesProcessed(JdbcClient jdbc, UUID eventId) {
		return jdbc.sql("select count(*) from oms_messaging.processed_event where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the service has applied the event.
	 * @param jdbc the service's database
	 * @param eventId the event's id
	 * @return {@code true} once a consumer recorded it as applied
	 */
	public static boolean isProcessed(JdbcClient jdbc, UUID eventId) {
		return timesProcessed(jdbc, eventId) > 0;
	}

	/**
	 * How many events the service appended to its outbox under one key, published or not.
	 * @param jdbc the service's database
	 * @param messageKey the key, such as the order id
	 * @return the number of outbox rows
	 */
	public static long outboxRowsOf(JdbcClient jdbc, String messageKey) {
		return jdbc.sql("select count(*) from oms_messaging.outbox where message_key = ?")
			.param(messageKey)
			.query(Long.class)
			.single();
	}

}

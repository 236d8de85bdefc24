package io.openoms.messaging;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of events a consumer has applied: the idempotency record of the inbound side.
 */
final class ProcessedEvents {

	private final JdbcClient jdbc;

	ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the event as processed by the consumer, in the caller's transaction.
	 * @return false if it was processed before, so it must not be applied again
	 */
	boolean markProcessed(String consumer, UUID eventId, String eventType) {
		return this.jdbc
			.sql("insert into oms_messaging.processed_event (consumer, event_id, event_type) values (?, ?, ?)"
					+ " on conflict do nothing")
			.params(consumer, eventId, eventType)
			.update() == 1;
	}

}

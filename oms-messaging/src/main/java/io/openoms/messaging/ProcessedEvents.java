package io.openoms.messaging;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventEnvelope;

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
	 * Records the events as processed by the consumer, in the caller's transaction, with
	 * one statement for the whole batch.
	 * @return the ids recorded now: the events not processed before, which must be
	 * applied; each id once even if the batch holds the event twice
	 */
	List<UUID> markProcessed(String consumer, List<EventEnvelope<?>> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		UUID[] ids = events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new);
		String[] types = events.stream().map(EventEnvelope::type).toArray(String[]::new);
		return this.jdbc
			.sql("insert into oms_messaging.processed_event (consumer, event_id, event_type)"
					+ " select ?, id, type from unnest(?::uuid[], ?::varchar[]) as e(id, type)"
					+ " on conflict do nothing returning event_id")
			.params(consumer, ids, types)
			.query(UUID.class)
			.list();
	}

}

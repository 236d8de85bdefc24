package io.openoms.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox table. */
final class OutboxRows {

	/**
	 * Any constant works: each service has its own database, so the lock only spans its
	 * instances.
	 */
	private static final long RELAY_LOCK = 0x6f6d735f6f757462L;

	private final JdbcClient jdbc;

	OutboxRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the events in one statement, in list order (ids ascend with it). */
	void insertAll(List<NewEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		this.jdbc.sql("insert into oms_messaging.outbox (event_id, topic, message_key, event_type, payload)"
				+ " select event_id, topic, message_key, event_type, payload from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bytea[])"
				+ " with ordinality as e(event_id, topic, message_key, event_type, payload, n) order by n")
			.params(events.stream().map(NewEvent::eventId).toArray(UUID[]::new),
					events.stream().map(NewEvent::topic).toArray(String[]::new),
					events.stream().map(NewEvent::key).toArray(String[]::new),
					events.stream().map(NewEvent::eventType).toArray(String[]::new),
					events.stream().map(NewEvent::payload).toArray(byte[][]::new))
			.update();
	}

	/**
	 * Makes this transaction the only relay of the service until it ends. One relay at a
	 * time keeps each order's events in commit order across instances, and no row is sent
	 * twice concurrently.
	 */
	boolean tryLockRelay() {
		return Boolean.TRUE.equals(
				this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single());
	}

	List<PendingEvent> oldestUnpublished(int limit) {
		return this.jdbc
			.sql("select id, event_id, topic, message_key, event_type, payload from oms_messaging.outbox"
					+ " where published_at is null order by id limit ?")
			.param(limit)
			.query((rs, n) -> new PendingEvent(rs.getLong("id"), rs.getObject("event_id", UUID.class),
					rs.getString("topic"), rs.getString("message_key"), rs.getString("event_type"),
					rs.getBytes("payload")))
			.list();
	}

	void markPublished(List<Long> ids) {
		this.jdbc.sql("update oms_messaging.outbox set published_at = now() where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.update();
	}

	long countUnpublished() {
		return this.jdbc.sql("select count(*) from oms_messaging.outbox where published_at is null")
			.query(Long.class)
			.single();
	}

	int deletePublishedOlderThan(Duration retention) {
		return this.jdbc.sql("delete from oms_messaging.outbox where published_at < now() - make_interval(secs => ?)")
			.param(retention.toSeconds())
			.update();
	}

	record NewEvent(UUID eventId, String topic, String key, String eventType, byte[] payload) {
	}

	record PendingEvent(long id, UUID eventId, String topic, String key, String eventType, byte[] payload) {
	}

}

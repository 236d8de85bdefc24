package io.openoms.messaging;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes published outbox rows and remembered event ids once they are past their
 * retention.
 */
final class Housekeeping {

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final OutboxRows outbox;

	private final JdbcClient jdbc;

	private final MessagingProperties properties;

	Housekeeping(OutboxRows outbox, JdbcClient jdbc, MessagingProperties properties) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	void run() {
		int outboxRows = this.outbox.deletePublishedOlderThan(this.properties.outboxRetention());
		int processed = this.jdbc
			.sql("delete from oms_messaging.processed_event where processed_at < now() - make_interval(secs => ?)")
			.param(this.properties.processedEventRetention().toSeconds())
			.update();
		if (outboxRows > 0 || processed > 0) {
			log.info("Housekeeping deleted {} published outbox rows and {} processed event ids", outboxRows, processed);
		}
	}

}

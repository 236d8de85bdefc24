package io.openoms.messaging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the outbox and processed-event tables. They belong to this library,
 * not to the service, so they keep their own Flyway history table and never collide with
 * the service's migration versions.
 */
final class MessagingSchema {

	static final String HISTORY_TABLE = "oms_messaging_schema_history";

	MessagingSchema(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:io/openoms/messaging/db")
			.table(HISTORY_TABLE)
			// The service's own migrations may have run first; the schema is then not
			// empty.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}

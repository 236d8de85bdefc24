package io.openoms.messaging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the outbox and processed-event tables. They belong to this library,
 * not to the service, so they live in their own schema, {@value #SCHEMA}, with their own
 * Flyway history: they never collide with the service's migration versions, and neither
 * migration depends on which one runs first.
 */
final class MessagingSchema {

	static final String SCHEMA = "oms_messaging";

	MessagingSchema(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.locations("classpath:io/openoms/messaging/db")
			.table("schema_history")
			.load()
			.migrate();
	}

}

package io.openoms.testsupport;

import io.openoms.embedded.EmbeddedKafkaBroker;
import io.openoms.embedded.EmbeddedPostgresServer;

/**
 * Kafka and PostgreSQL as child processes of this JVM, from Maven Central artifacts:
 * works wherever Java does, no Docker needed.
 */
final class EmbeddedInfrastructure implements Infrastructure {

	private volatile EmbeddedKafkaBroker kafka;

	private volatile EmbeddedPostgresServer postgres;

	@Override
	public String startKafka() {
		// TestInfrastructure stops both in its own hook, which also deletes the data.
		this.kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.temporary().withoutShutdownHook());
		return this.kafka.bootstrapServers();
	}

	@Override
	public void startPostgres() {
		this.postgres = EmbeddedPostgresServer.start(EmbeddedPostgresServer.Settings.temporary().withoutShutdownHook());
	}

	@Override
	public TestDatabase createDatabase(String name) {
		this.postgres.createDatabaseIfMissing(name);
		return new TestDatabase(this.postgres.jdbcUrl(name), this.postgres.username(), this.postgres.password());
	}

	@Override
	public void stop() {
		if (this.kafka != null) {
			this.kafka.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Override
	public String toString() {
		return "embedded Kafka and PostgreSQL (child processes)";
	}

}

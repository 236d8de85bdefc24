package io.openoms.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL in Docker containers, when a Docker engine is reachable.
 */
final class ContainerInfrastructure implements Infrastructure {

	static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

	static final String POSTGRES_IMAGE = "postgres:17";

	private volatile KafkaContainer kafka;

	private volatile PostgreSQLContainer postgres;

	@Override
	public String startKafka() {
		// Same broker behaviour as the embedded one, so a test passes on either.
		KafkaContainer container = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
			.withEnv("KAFKA_NUM_PARTITIONS", "3")
			.withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
			.withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5")
			.withEnv("KAFKA_TRANSACTION_STATE_LOG_NUM_PARTITIONS", "5");
		container.start();
		this.kafka = container;
		return container.getBootstrapServers();
	}

	@Override
	public void startPostgres() {
		PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE).withCommand("postgres", "-c",
				"max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
		container.start();
		this.postgres = container;
	}

	@Override
	public TestDatabase createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(this.postgres.getJdbcUrl(),
				this.postgres.getUsername(), this.postgres.getPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		String url = "jdbc:postgresql://" + this.postgres.getHost() + ":"
				+ this.postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + name;
		return new TestDatabase(url, this.postgres.getUsername(), this.postgres.getPassword());
	}

	@Override
	public void stop() {
		// Ryuk removes the containers too; stopping here just frees them sooner.
		if (this.kafka != null) {
			this.kafka.stop();
		}
		if (this.postgres != null) {
			this.postgres.stop();
		}
	}

	@Override
	public String toString() {
		return "Testcontainers (" + KAFKA_IMAGE + ", " + POSTGRES_IMAGE + ")";
	}

}

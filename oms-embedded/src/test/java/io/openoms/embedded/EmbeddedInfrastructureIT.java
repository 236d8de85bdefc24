package io.openoms.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedInfrastructureIT {

	@Test
	void kafkaBrokerAcceptsTopicsAndDeliversRecords() throws Exception {
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
			String bootstrapServers = broker.bootstrapServers();
			try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
				admin.createTopics(List.of(new NewTopic("orders.test", 3, (short) 1))).all().get();
				assertThat(admin.listTopics().names().get()).contains("orders.test");
			}
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>("orders.test", "order-1", "{\"placed\":true}")).get();
			}
			assertThat(consumeAll(bootstrapServers, "orders.test")).singleElement().satisfies((record) -> {
				assertThat(record.key()).isEqualTo("order-1");
				assertThat(record.value()).isEqualTo("{\"placed\":true}");
			});
		}
	}

	@Test
	void kafkaBrokerRejectsUnknownTopicsInsteadOfCreatingThem() throws Exception {
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
				Admin admin = Admin
					.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
							ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000),
					new StringSerializer(), new StringSerializer())) {
				assertThat(producer.send(new ProducerRecord<>("typo.topic", "k", "v")))
					.failsWithin(Duration.ofSeconds(10));
			}
			assertThat(admin.listTopics().names().get()).doesNotContain("typo.topic");
		}
	}

	@Test
	void persistentServersKeepTopicsRecordsAndRowsAcrossRestarts(@TempDir Path directory) throws Exception {
		int kafkaPort = FreePorts.find();
		int controllerPort = FreePorts.find();
		int postgresPort = FreePorts.find();
		EmbeddedKafkaBroker.Settings kafkaSettings = EmbeddedKafkaBroker.Settings.persistent(directory.resolve("kafka"),
				kafkaPort, controllerPort);
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaSettings);
				EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(directory.resolve("postgres"),
						postgresPort)) {
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
				admin.createTopics(List.of(new NewTopic("orders.kept", 1, (short) 1))).all().get();
			}
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>("orders.kept", "order-1", "kept")).get();
			}
			postgres.createDatabaseIfMissing("orders");
			execute(postgres, "CREATE TABLE placed (id text)", "INSERT INTO placed VALUES ('order-1')");
		}

		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaSettings);
				EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(directory.resolve("postgres"),
						postgresPort)) {
			assertThat(consumeAll(broker.bootstrapServers(), "orders.kept")).extracting(ConsumerRecord::value)
				.containsExactly("kept");
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("orders"), postgres.username(),
					postgres.password());
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT id, current_setting('fsync') FROM placed")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo("order-1");
				assertThat(result.getString(2)).as("persistent data is durable").isEqualTo("on");
			}
		}
	}

	@Test
	void postgresServerCreatesAndQueriesDatabases() throws Exception {
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary()) {
			postgres.createDatabaseIfMissing("orders");
			postgres.createDatabaseIfMissing("orders");
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("orders"), postgres.username(),
					postgres.password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE placed (id text PRIMARY KEY)");
				statement.execute("INSERT INTO placed VALUES ('order-1')");
				try (ResultSet result = statement
					.executeQuery("SELECT id, current_setting('max_connections') FROM placed")) {
					assertThat(result.next()).isTrue();
					assertThat(result.getString(1)).isEqualTo("order-1");
					assertThat(result.getInt(2)).isEqualTo(300);
				}
			}
		}
	}

	private static List<ConsumerRecord<String, String>> consumeAll(String bootstrapServers, String topic) {
		List<ConsumerRecord<String, String>> received = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"embedded-it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(Set.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
				return !received.isEmpty();
			});
		}
		return received;
	}

	private static void execute(EmbeddedPostgresServer postgres, String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("orders"), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}

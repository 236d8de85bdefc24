package io.openoms.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TestInfrastructureIT {

	@Test
	void everyNewDatabaseIsEmptyAndSeparate() throws Exception {
		TestDatabase first = TestInfrastructure.newDatabase("orders");
		TestDatabase second = TestInfrastructure.newDatabase("orders");

		assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
		execute(first, "CREATE TABLE placed (id text)");
		try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.username(),
				second.password());
				Statement statement = connection.createStatement();
				ResultSet tables = statement
					.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'placed'")) {
			tables.next();
			assertThat(tables.getInt(1)).isZero();
		}
	}

	@Test
	void registersKafkaAndAFreshDatabaseForSpring() throws Exception {
		Map<String, Supplier<Object>> properties = new HashMap<>();

		ServiceTestProperties.register(properties::put, "payment-service");

		assertThat(properties).containsOnlyKeys("spring.kafka.bootstrap-servers", "spring.datasource.url",
				"spring.datasource.username", "spring.datasource.password");
		assertThat(properties.get("spring.kafka.bootstrap-servers").get())
			.isEqualTo(TestInfrastructure.kafkaBootstrapServers());
		assertThat((String) properties.get("spring.datasource.url").get()).contains("/payment_service_");
		execute(new TestDatabase((String) properties.get("spring.datasource.url").get(),
				(String) properties.get("spring.datasource.username").get(),
				(String) properties.get("spring.datasource.password").get()), "SELECT 1");
	}

	@Test
	void recorderSeesRecordsPublishedBeforeAndAfterItStarted() throws Exception {
		String bootstrapServers = TestInfrastructure.kafkaBootstrapServers();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic("recorder.early", 3, (short) 1))).all().get();
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>("recorder.early", "order-1", "before")).get();
			try (TopicRecorder recorder = TopicRecorder.start("recorder.early", "recorder.late")) {
				producer.send(new ProducerRecord<>("recorder.early", "order-1", "after")).get();
				try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
					admin.createTopics(List.of(new NewTopic("recorder.late", 1, (short) 1))).all().get();
				}
				producer.send(new ProducerRecord<>("recorder.late", "order-2", "created later")).get();

				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(
							() -> assertThat(recorder.values("recorder.early")).containsExactly("before", "after"));
				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertThat(recorder.values("recorder.late")).containsExactly("created later"));
				assertThat(recorder.records()).extracting((record) -> record.key())
					.containsExactlyInAnyOrder("order-1", "order-1", "order-2");
			}
		}
	}

	private static void execute(TestDatabase database, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

package io.openoms.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.openoms.contracts.Topics;
import io.openoms.messaging.CrashPoint;
import io.openoms.testsupport.TestInfrastructure;
import io.openoms.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each service is a real process here; a test makes one halt at a crash point (like
 * {@code kill -9}), starts it again, and checks that the order still completes with
 * nothing lost and nothing applied twice.
 */
class CrashRecoverySystemIT {

	private static final List<String> SERVICES = List.of("order-service", "payment-service", "inventory-service",
			"shipping-service");

	private static final List<String> HAPPY_PATH = List.of("CREATED", "PAID", "ALLOCATED", "SHIPPED", "COMPLETED");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static ServiceProcesses services;

	private static TopicRecorder topics;

	@BeforeAll
	static void startServices() throws Exception {
		topics = TopicRecorder.start(Topics.ORDER_STATUS, Topics.PAYMENT_EVENTS, Topics.INVENTORY_EVENTS);
		services = new ServiceProcesses(Path.of("..").toAbsolutePath().normalize(),
				Path.of("target", "crash-test-logs"));
		for (String service : SERVICES) {
			services.start(service);
		}
	}

	@AfterAll
	static void stopServices() {
		if (services != null) {
			services.close();
		}
		if (topics != null) {
			topics.close();
		}
	}

	@Test
	void crashAfterPublishingBeforeMarkingSentRepublishesAndNothingIsAppliedTwice() throws Exception {
		restartWithCrashPoint("payment-service", CrashPoint.RELAY_AFTER_PUBLISH);
		String orderId = placeOrder();

		assertThat(services.awaitCrash("payment-service", Duration.ofSeconds(60))).isEqualTo(137);
		services.start("payment-service");

		awaitCompletedOnceEach(orderId);
		// The relay sent PaymentSucceeded again after the restart: the same event, twice
		// on the topic.
		assertThat(eventsOf(Topics.PAYMENT_EVENTS, orderId)).extracting((e) -> e.path("eventId").asString())
			.hasSizeGreaterThanOrEqualTo(2)
			.containsOnly(eventsOf(Topics.PAYMENT_EVENTS, orderId).get(0).path("eventId").asString());
		awaitReconciled();
	}

	@Test
	void crashAfterCommitBeforePublishingPublishesOnRestart() throws Exception {
		restartWithCrashPoint("inventory-service", CrashPoint.RELAY_BEFORE_PUBLISH);
		String orderId = placeOrder();

		assertThat(services.awaitCrash("inventory-service", Duration.ofSeconds(60))).isEqualTo(137);
		assertThat(status(orderId)).isEqualTo("PAID");
		services.start("inventory-service");

		awaitCompletedOnceEach(orderId);
		assertThat(eventsOf(Topics.INVENTORY_EVENTS, orderId)).hasSize(1);
		awaitReconciled();
	}

	@Test
	void crashAfterApplyingAnEventBeforeCommittingTheOffsetDoesNotApplyItTwice() throws Exception {
		restartWithCrashPoint("order-service", CrashPoint.CONSUMER_AFTER_COMMIT);
		String orderId = placeOrder();

		assertThat(services.awaitCrash("order-service", Duration.ofSeconds(60))).isEqualTo(137);
		services.start("order-service");

		awaitCompletedOnceEach(orderId);
		awaitReconciled();
	}

	@Test
	void replayingTopicsByResettingConsumerOffsetsChangesNothing() throws Exception {
		String orderId = placeOrder();
		awaitCompletedOnceEach(orderId);
		int paymentEvents = topics.values(Topics.PAYMENT_EVENTS).size();
		int inventoryEvents = topics.values(Topics.INVENTORY_EVENTS).size();
		int statusEvents = topics.values(Topics.ORDER_STATUS).size();

		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
			for (var replay : Map
				.of("payment-service", List.of(Topics.ORDER_EVENTS), "inventory-service", List.of(Topics.ORDER_EVENTS),
						"order-service",
						List.of(Topics.PAYMENT_EVENTS, Topics.INVENTORY_EVENTS, Topics.SHIPPING_EVENTS))
				.entrySet()) {
				services.stop(replay.getKey());
				rewindToTheBeginning(admin, replay.getKey(), replay.getValue());
				services.start(replay.getKey());
			}
			await().atMost(Duration.ofSeconds(90))
				.untilAsserted(() -> assertThat(List.of("payment-service", "inventory-service", "order-service"))
					.allSatisfy((group) -> assertThat(lag(admin, group)).isZero()));
		}

		// Every event was delivered again; none was applied again, so nothing new was
		// published.
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(topics.values(Topics.PAYMENT_EVENTS)).hasSize(paymentEvents);
			assertThat(topics.values(Topics.INVENTORY_EVENTS)).hasSize(inventoryEvents);
			assertThat(topics.values(Topics.ORDER_STATUS)).hasSize(statusEvents);
		});
		awaitReconciled();
	}

	private static void rewindToTheBeginning(Admin admin, String group, List<String> topicNames) throws Exception {
		Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
		admin.describeTopics(topicNames)
			.allTopicNames()
			.get()
			.forEach((topic, description) -> description.partitions()
				.forEach((partition) -> earliest.put(new TopicPartition(topic, partition.partition()),
						OffsetSpec.earliest())));
		Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
		admin.listOffsets(earliest)
			.all()
			.get()
			.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset.offset())));
		// The group is empty once its service stopped; until the broker notices, altering
		// is refused.
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> admin.alterConsumerGroupOffsets(group, offsets).all().get() == null);
	}

	private static long lag(Admin admin, String group) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		committed.keySet().forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
		long lag = 0;
		for (var end : admin.listOffsets(latest).all().get().entrySet()) {
			lag += end.getValue().offset() - committed.get(end.getKey()).offset();
		}
		return lag;
	}

	private static void restartWithCrashPoint(String service, CrashPoint crashPoint) throws Exception {
		services.stop(service);
		services.start(service, "--oms.messaging.crash-at=" + crashPoint);
	}

	private void awaitCompletedOnceEach(String orderId) {
		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(status(orderId)).isEqualTo("COMPLETED"));
		// Each transition applied once: one event id per status. The outbox publishes at
		// least once, so a crash may publish an event again; the copy has the same id.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(eventsOf(Topics.ORDER_STATUS, orderId).stream()
				.filter(distinctBy((e) -> e.path("eventId").asString()))
				.toList()).extracting((e) -> e.path("payload").path("status").asString())
				.containsExactlyElementsOf(HAPPY_PATH));
	}

	private static <T> Predicate<T> distinctBy(Function<T, String> key) {
		Set<String> seen = new HashSet<>();
		return (element) -> seen.add(key.apply(element));
	}

	private void awaitReconciled() {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(
					() -> assertThat(Audit.run(services::database, Duration.ofSeconds(1)).violations()).isEmpty());
	}

	private String placeOrder() throws Exception {
		String body = """
				{"customerId":"crash-test","lines":[{"sku":"SOCKS-3PACK","quantity":1}],
				 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
				 "paymentMethod":"pm_card_visa"}
				""";
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(services.baseUrl("order-service") + "/api/orders"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).path("id").asString();
	}

	private static String status(String orderId) throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(services.baseUrl("order-service") + "/api/orders/" + orderId))
				.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body()).path("status").asString();
	}

	private static List<JsonNode> eventsOf(String topic, String orderId) {
		return topics.values(topic)
			.stream()
			.map(json::readTree)
			.filter((event) -> event.path("orderId").asString().equals(orderId))
			.collect(Collectors.toList());
	}

}

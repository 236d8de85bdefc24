package io.openoms.shipping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.order.OrderAllocated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.messaging.EventCodec;
import io.openoms.messaging.MessagingAutoConfiguration;
import io.openoms.testsupport.ServiceTestProperties;
import io.openoms.testsupport.TestInfrastructure;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * shipping-service alone, against a real broker and database: from OrderAllocated to
 * delivery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + ShippingServiceApplication.CONFIG_NAME,
				"oms.shipping.simulated-delivery-delay=0s", "oms.shipping.delivery-poll-interval=100ms" })
class ShippingServiceIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String DEAD_LETTERS = Topics.deadLetterTopicOf(Topics.ORDER_EVENTS);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static TopicRecorder topics;

	private static KafkaProducer<String, byte[]> producer;

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "shipping");
	}

	@BeforeAll
	static void connect() {
		topics = TopicRecorder.start(Topics.SHIPPING_EVENTS, DEAD_LETTERS);
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	@AfterAll
	static void disconnect() {
		producer.close();
		topics.close();
	}

	@Test
	void allocatedOrderIsDispatchedThenDeliveredOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderAllocated> allocated = orderAllocated(orderId, "DE");
		EventEnvelope<OrderAllocated> republished = orderAllocated(orderId, "DE");

		publish(allocated);
		publish(allocated);
		// Same key, same partition: once this one is processed, both deliveries before it
		// are.
		publish(republished);

		await().atMost(PATIENCE).until(() -> processed(republished.eventId()));
		assertThat(this.jdbc.sql("select count(*) from shipment where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(eventsOf(orderId)).extracting((event) -> event.path("type").asString())
				.containsExactly("ShipmentDispatched", "ShipmentDelivered"));
		assertThat(this.jdbc.sql("select count(*) from oms_messaging.outbox where message_key = ?")
			.param(orderId.toString())
			.query(Long.class)
			.single()).isEqualTo(2);

		JsonNode dispatched = eventsOf(orderId).get(0);
		String shipmentId = dispatched.path("payload").path("shipmentId").asString();
		String trackingNumber = dispatched.path("payload").path("trackingNumber").asString();
		assertThat(dispatched.path("producer").asString()).isEqualTo("shipping-service");
		assertThat(dispatched.path("causationId").asString()).isEqualTo(allocated.eventId().toString());
		assertThat(dispatched.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(dispatched.path("payload").path("carrier").asString()).isEqualTo("SIMPOST");
		assertThat(trackingNumber).matches("SP\\d{12}");
		assertThat(dispatched.path("payload").path("trackingUrl").asString())
			.isEqualTo("https://track.example/" + trackingNumber);
		JsonNode delivered = eventsOf(orderId).get(1);
		assertThat(delivered.path("payload").path("shipmentId").asString()).isEqualTo(shipmentId);
		assertThat(delivered.path("correlationId").asString()).isEqualTo(allocated.correlationId().toString());
		assertThat(delivered.path("payload").path("deliveredAt").asString()).isNotBlank();

		JsonNode shipments = json.readTree(get("/api/shipments?orderId=" + orderId).body());
		assertThat(shipments).hasSize(1);
		JsonNode shipment = json.readTree(get("/api/shipments/" + shipmentId).body());
		assertThat(shipment).isEqualTo(shipments.get(0));
		assertThat(shipment.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(shipment.path("warehouse").asString()).isEqualTo("WH-BERLIN");
		assertThat(shipment.path("tracking").path("trackingNumber").asString()).isEqualTo(trackingNumber);
		assertThat(shipment.path("lines").get(0).path("sku").asString()).isEqualTo("MUG-LOGO");
		assertThat(shipment.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void allocatedOrderThatCannotBeShippedIsDeadLetteredWithTheReason() throws Exception {
		UUID orderId = UUID.randomUUID();

		publish(orderAllocated(orderId, "Germany"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(topics.records(DEAD_LETTERS))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(orderId.toString())));
		ConsumerRecord<String, String> deadLetter = topics.records(DEAD_LETTERS)
			.stream()
			.filter((record) -> orderId.toString().equals(record.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(deadLetter, MessagingAutoConfiguration.DEAD_LETTER_CONSUMER_HEADER))
			.isEqualTo("shipping-service");
		assertThat(header(deadLetter, MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER)).contains("ISO 3166-1");
		assertThat(this.jdbc.sql("select count(*) from shipment where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void unknownShipmentIsNotFound() throws Exception {
		HttpResponse<String> response = get("/api/shipments/" + UUID.randomUUID());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(response.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/shipment-not-found");
		assertThat(get("/api/shipments").statusCode()).isEqualTo(400);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	private static EventEnvelope<OrderAllocated> orderAllocated(UUID orderId, String country) {
		UUID eventId = UUID.randomUUID();
		OrderAllocated payload = new OrderAllocated(orderId, UUID.randomUUID(), "WH-BERLIN",
				List.of(new OrderLine("MUG-LOGO", 2, new Money(999, "EUR"))),
				new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", country));
		return new EventEnvelope<>(eventId, "OrderAllocated", 1, orderId, Instant.now(), UUID.randomUUID(), eventId,
				"order-service", payload);
	}

	private void publish(EventEnvelope<?> event) throws Exception {
		producer.send(new ProducerRecord<>(Topics.ORDER_EVENTS, event.orderId().toString(), this.codec.encode(event)))
			.get();
	}

	private boolean processed(UUID eventId) {
		return this.jdbc.sql("select count(*) from oms_messaging.processed_event where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single() == 1;
	}

	private static List<JsonNode> eventsOf(UUID orderId) {
		return topics.values(Topics.SHIPPING_EVENTS)
			.stream()
			.map(json::readTree)
			.filter((event) -> event.path("orderId").asString().equals(orderId.toString()))
			.toList();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

package io.openoms.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.messaging.EventCodec;
import io.openoms.testsupport.MessagingTables;
import io.openoms.testsupport.TestEvents;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a running payment-service the way the rest of the system does: order events in
 * on the broker, payment events out, and its HTTP API.
 */
final class PaymentsDriver {

	static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final EventCodec codec;

	private final JdbcClient jdbc;

	private final TopicRecorder topics;

	PaymentsDriver(int port, EventCodec codec, JdbcClient jdbc, TopicRecorder topics) {
		this.port = port;
		this.codec = codec;
		this.jdbc = jdbc;
		this.topics = topics;
	}

	static EventEnvelope<OrderCreated> orderCreated(UUID orderId, String paymentMethod) {
		Money price = new Money(999, "EUR");
		return envelope(orderId, "OrderCreated",
				new OrderCreated(orderId, "customer-1", List.of(new OrderLine("MUG-LOGO", 2, price)), price.times(2),
						paymentMethod, new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"),
						OrderPriority.STANDARD));
	}

	static EventEnvelope<OrderCancelled> orderCancelled(UUID orderId, String previousStatus, String reason) {
		return envelope(orderId, "OrderCancelled", new OrderCancelled(orderId, previousStatus, reason));
	}

	static EventEnvelope<OrderShipped> orderShipped(UUID orderId) {
		return envelope(orderId, "OrderShipped",
				new OrderShipped(orderId, UUID.randomUUID(), "SIMPOST", "SP" + orderId.toString().substring(0, 8)));
	}

	private static <P extends EventPayload> EventEnvelope<P> envelope(UUID orderId, String type, P payload) {
		UUID eventId = UUID.randomUUID();
		return new EventEnvelope<>(eventId, type, 1, orderId, Instant.now(), UUID.randomUUID(), eventId,
				"order-service", payload);
	}

	void publish(EventEnvelope<?> event) {
		TestEvents.publish(Topics.ORDER_EVENTS, event.orderId().toString(), this.codec.encode(event));
	}

	boolean processed(UUID eventId) {
		return MessagingTables.isProcessed(this.jdbc, eventId);
	}

	long outboxRows(UUID orderId) {
		return MessagingTables.outboxRowsOf(this.jdbc, orderId.toString());
	}

	List<String> typesOf(UUID orderId) {
		return eventsOf(orderId).stream().map((event) -> event.path("type").asString()).toList();
	}

	List<JsonNode> eventsOf(UUID orderId) {
		return this.topics.values(Topics.PAYMENT_EVENTS)
			.stream()
			.map(json::readTree)
			.filter((event) -> event.path("orderId").asString().equals(orderId.toString()))
			.toList();
	}

	/** The order's payment events of one type, their payloads. */
	List<JsonNode> payloadsOf(UUID orderId, String type) {
		return eventsOf(orderId).stream()
			.filter((event) -> event.path("type").asString().equals(type))
			.map((event) -> event.path("payload"))
			.toList();
	}

	JsonNode payments(UUID orderId) throws Exception {
		HttpResponse<String> response = get("/api/payments?orderId=" + orderId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	JsonNode charge(UUID orderId) throws Exception {
		return payments(orderId).get(0);
	}

	void assertSummary(UUID orderId, long charged, long refunded, long net) throws Exception {
		HttpResponse<String> response = get("/api/payments/summary?orderId=" + orderId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode summary = json.readTree(response.body());
		assertThat(summary.path("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(summary.path("charged").path("amountMinor").asLong()).isEqualTo(charged);
		assertThat(summary.path("refunded").path("amountMinor").asLong()).isEqualTo(refunded);
		assertThat(summary.path("net").path("amountMinor").asLong()).isEqualTo(net);
		assertThat(summary.path("net").path("currency").asString()).isEqualTo("EUR");
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode problemOf(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}

package io.openoms.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.messaging.EventCodec;
import io.openoms.testsupport.MessagingTables;
import io.openoms.testsupport.ServiceTestProperties;
import io.openoms.testsupport.TestEvents;
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
 * payment-service alone, against a real broker and database: from OrderCreated to the
 * payment's outcome, and from OrderCancelled to the refund.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + PaymentServiceApplication.CONFIG_NAME)
class PaymentServiceIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static TopicRecorder topics;

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "payments");
	}

	@BeforeAll
	static void recordTopics() {
		topics = TopicRecorder.start(Topics.PAYMENT_EVENTS);
	}

	@AfterAll
	static void stopRecording() {
		topics.close();
	}

	@Test
	void createdOrderIsChargedOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderCreated> created = orderCreated(orderId, "pm_card_visa");
		EventEnvelope<OrderCreated> republished = orderCreated(orderId, "pm_card_visa");

		publish(created);
		publish(created);
		// Same key, same partition: once this one is processed, both deliveries before it
		// are.
		publish(republished);

		await().atMost(PATIENCE).until(() -> processed(republished.eventId()));
		assertThat(processed(created.eventId())).isTrue();
		assertThat(this.jdbc.sql("select count(*) from payment where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(outboxRows(orderId)).isEqualTo(1);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(eventsOf(orderId)).hasSize(1));
		JsonNode succeeded = eventsOf(orderId).get(0);
		assertThat(succeeded.path("type").asString()).isEqualTo("PaymentSucceeded");
		assertThat(succeeded.path("producer").asString()).isEqualTo("payment-service");
		assertThat(succeeded.path("causationId").asString()).isEqualTo(created.eventId().toString());
		assertThat(succeeded.path("correlationId").asString()).isEqualTo(created.correlationId().toString());
		assertThat(succeeded.path("payload").path("amount").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(succeeded.path("payload").path("amount").path("currency").asString()).isEqualTo("EUR");
		assertThat(succeeded.path("payload").path("gatewayReference").asString()).startsWith("pi_sim_");

		JsonNode payments = getPayments(orderId);
		assertThat(payments).hasSize(1);
		JsonNode payment = payments.get(0);
		assertThat(payment.path("id").asString()).isEqualTo(succeeded.path("payload").path("paymentId").asString());
		assertThat(payment.path("kind").asString()).isEqualTo("CHARGE");
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payment.path("attempts").asInt()).isEqualTo(1);
		assertThat(payment.path("gatewayReference").asString())
			.isEqualTo(succeeded.path("payload").path("gatewayReference").asString());
		assertThat(payment.path("refundOf").isNull()).isTrue();
		assertSummary(orderId, 1998, 0, 1998);
	}

	@Test
	void declinedCardFailsThePaymentWithTheDeclineCode() throws Exception {
		UUID orderId = UUID.randomUUID();

		publish(orderCreated(orderId, "pm_card_chargeDeclinedInsufficientFunds"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(eventsOf(orderId)).hasSize(1));
		JsonNode failed = eventsOf(orderId).get(0);
		assertThat(failed.path("type").asString()).isEqualTo("PaymentFailed");
		assertThat(failed.path("payload").path("reasonCode").asString()).isEqualTo("insufficient_funds");
		assertThat(failed.path("payload").path("reason").asString()).isNotBlank();
		assertThat(failed.path("payload").path("amount").path("amountMinor").asLong()).isEqualTo(1998);

		JsonNode payment = getPayments(orderId).get(0);
		assertThat(payment.path("status").asString()).isEqualTo("FAILED");
		assertThat(payment.path("failure").path("code").asString()).isEqualTo("insufficient_funds");
		assertThat(payment.path("gatewayReference").isNull()).isTrue();
	}

	@Test
	void cancelledPaidOrderIsRefundedInFullOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		publish(orderCreated(orderId, "pm_card_visa"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(typesOf(orderId)).containsExactly("PaymentSucceeded"));
		EventEnvelope<OrderCancelled> cancelled = orderCancelled(orderId, "PAID", "stock allocation failed");
		EventEnvelope<OrderCancelled> cancelledAgain = orderCancelled(orderId, "PAID", "cancelled by an operator");

		publish(cancelled);
		publish(cancelled);
		publish(cancelledAgain);

		await().atMost(PATIENCE).until(() -> processed(cancelledAgain.eventId()));
		assertThat(processed(cancelled.eventId())).isTrue();
		assertThat(outboxRows(orderId)).isEqualTo(2);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(typesOf(orderId)).containsExactly("PaymentSucceeded", "PaymentRefunded"));
		JsonNode charge = eventsOf(orderId).get(0).path("payload");
		JsonNode refunded = eventsOf(orderId).get(1);
		assertThat(refunded.path("producer").asString()).isEqualTo("payment-service");
		assertThat(refunded.path("causationId").asString()).isEqualTo(cancelled.eventId().toString());
		assertThat(refunded.path("correlationId").asString()).isEqualTo(cancelled.correlationId().toString());
		JsonNode refund = refunded.path("payload");
		assertThat(refund.path("paymentId").asString()).isEqualTo(charge.path("paymentId").asString());
		assertThat(refund.path("amount").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(refund.path("amount").path("currency").asString()).isEqualTo("EUR");
		assertThat(refund.path("gatewayReference").asString()).startsWith("re_sim_");
		assertThat(refund.path("reason").asString()).isEqualTo("order cancelled: stock allocation failed");

		JsonNode payments = getPayments(orderId);
		assertThat(payments).hasSize(2);
		assertThat(payments.get(0).path("kind").asString()).isEqualTo("CHARGE");
		assertThat(payments.get(0).path("status").asString()).isEqualTo("REFUNDED");
		assertThat(payments.get(0).path("gatewayReference").asString())
			.isEqualTo(charge.path("gatewayReference").asString());
		JsonNode refundRow = payments.get(1);
		assertThat(refundRow.path("id").asString()).isEqualTo(refund.path("refundId").asString());
		assertThat(refundRow.path("kind").asString()).isEqualTo("REFUND");
		assertThat(refundRow.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(refundRow.path("refundOf").asString()).isEqualTo(charge.path("paymentId").asString());
		assertThat(refundRow.path("amount").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(refundRow.path("gatewayReference").asString()).isEqualTo(refund.path("gatewayReference").asString());
		assertThat(refundRow.path("reason").asString()).isEqualTo("order cancelled: stock allocation failed");
		assertThat(refundRow.path("attempts").asInt()).isEqualTo(1);
		assertSummary(orderId, 1998, 1998, 0);
	}

	@Test
	void orderCancelledWhileStillCreatedIsChargedThenRefunded() throws Exception {
		UUID orderId = UUID.randomUUID();

		// order-service cancelled the order before the payment outcome arrived; the
		// charge is made anyway (OrderCreated comes first on the partition) and must not
		// be kept.
		publish(orderCreated(orderId, "pm_card_visa"));
		publish(orderCancelled(orderId, "CREATED", "cancelled by the customer"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(typesOf(orderId)).containsExactly("PaymentSucceeded", "PaymentRefunded"));
		JsonNode charge = eventsOf(orderId).get(0).path("payload");
		JsonNode refund = eventsOf(orderId).get(1).path("payload");
		assertThat(refund.path("paymentId").asString()).isEqualTo(charge.path("paymentId").asString());
		assertThat(refund.path("amount")).isEqualTo(charge.path("amount"));
		assertThat(refund.path("reason").asString()).isEqualTo("order cancelled: cancelled by the customer");
		assertSummary(orderId, 1998, 1998, 0);
	}

	@Test
	void cancelledOrderWhoseCardWasDeclinedIsNotRefunded() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderCancelled> cancelled = orderCancelled(orderId, "CREATED",
				"payment failed: card_declined (Your card was declined.)");

		publish(orderCreated(orderId, "pm_card_chargeDeclined"));
		publish(cancelled);

		await().atMost(PATIENCE).until(() -> processed(cancelled.eventId()));
		assertThat(outboxRows(orderId)).isEqualTo(1);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(typesOf(orderId)).containsExactly("PaymentFailed"));
		JsonNode payments = getPayments(orderId);
		assertThat(payments).hasSize(1);
		assertThat(payments.get(0).path("status").asString()).isEqualTo("FAILED");
		assertSummary(orderId, 0, 0, 0);
	}

	@Test
	void cancellationOfAnOrderWithoutPaymentsRefundsNothing() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderCancelled> cancelled = orderCancelled(orderId, "CREATED", "cancelled by the customer");

		publish(cancelled);

		await().atMost(PATIENCE).until(() -> processed(cancelled.eventId()));
		assertThat(outboxRows(orderId)).isZero();
		assertThat(getPayments(orderId)).isEmpty();
		HttpResponse<String> summary = get("/api/payments/summary?orderId=" + orderId);
		assertThat(summary.statusCode()).isEqualTo(404);
		assertThat(summary.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(summary.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/payments-not-found");
		assertThat(problem.path("orderId").asString()).isEqualTo(orderId.toString());
	}

	@Test
	void listingPaymentsNeedsAnOrderId() throws Exception {
		HttpResponse<String> response = get("/api/payments");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/invalid-input");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("orderId");
		assertThat(get("/api/payments?orderId=not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(get("/api/payments/summary").statusCode()).isEqualTo(400);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	private static EventEnvelope<OrderCreated> orderCreated(UUID orderId, String paymentMethod) {
		UUID eventId = UUID.randomUUID();
		Money price = new Money(999, "EUR");
		OrderCreated payload = new OrderCreated(orderId, "customer-1", List.of(new OrderLine("MUG-LOGO", 2, price)),
				price.times(2), paymentMethod,
				new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"), null);
		return new EventEnvelope<>(eventId, "OrderCreated", 1, orderId, Instant.now(), UUID.randomUUID(), eventId,
				"order-service", payload);
	}

	private static EventEnvelope<OrderCancelled> orderCancelled(UUID orderId, String previousStatus, String reason) {
		UUID eventId = UUID.randomUUID();
		return new EventEnvelope<>(eventId, "OrderCancelled", 1, orderId, Instant.now(), UUID.randomUUID(), eventId,
				"order-service", new OrderCancelled(orderId, previousStatus, reason));
	}

	private void publish(EventEnvelope<?> event) {
		TestEvents.publish(Topics.ORDER_EVENTS, event.orderId().toString(), this.codec.encode(event));
	}

	private boolean processed(UUID eventId) {
		return MessagingTables.isProcessed(this.jdbc, eventId);
	}

	private long outboxRows(UUID orderId) {
		return MessagingTables.outboxRowsOf(this.jdbc, orderId.toString());
	}

	private static List<String> typesOf(UUID orderId) {
		return eventsOf(orderId).stream().map((event) -> event.path("type").asString()).toList();
	}

	private static List<JsonNode> eventsOf(UUID orderId) {
		return topics.values(Topics.PAYMENT_EVENTS)
			.stream()
			.map(json::readTree)
			.filter((event) -> event.path("orderId").asString().equals(orderId.toString()))
			.toList();
	}

	private JsonNode getPayments(UUID orderId) throws Exception {
		HttpResponse<String> response = get("/api/payments?orderId=" + orderId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private void assertSummary(UUID orderId, long charged, long refunded, long net) throws Exception {
		HttpResponse<String> response = get("/api/payments/summary?orderId=" + orderId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode summary = json.readTree(response.body());
		assertThat(summary.path("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(summary.path("charged").path("amountMinor").asLong()).isEqualTo(charged);
		assertThat(summary.path("refunded").path("amountMinor").asLong()).isEqualTo(refunded);
		assertThat(summary.path("net").path("amountMinor").asLong()).isEqualTo(net);
		assertThat(summary.path("net").path("currency").asString()).isEqualTo("EUR");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

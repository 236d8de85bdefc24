package io.openoms.payment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;

import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;

import io.openoms.testsupport.OpenApiDocumentCheck;
import io.openoms.testsupport.ServiceTestProperties;

import org.springframework.boot.test.context.SpringBootTest;

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
class PaymentServiceIT extends PaymentServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "payments");
	}

	@Test
	void servesTheCheckedInOpenApiDocumentAndSwaggerUi() {
		OpenApiDocumentCheck.assertServedAndUpToDate("payment-service", PaymentServiceIT.class,
				"http://localhost:" + this.port);
	}

	@Test
	void createdOrderIsChargedOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderCreated> created = PaymentsDriver.orderCreated(orderId, "pm_card_visa");
		EventEnvelope<OrderCreated> republished = PaymentsDriver.orderCreated(orderId, "pm_card_visa");

		this.payments.publish(created);
		this.payments.publish(created);
		// Same key, same partition: once this one is processed, both deliveries before it
		// are.
		this.payments.publish(republished);

		await().atMost(PATIENCE).until(() -> this.payments.processed(republished.eventId()));
		assertThat(this.payments.processed(created.eventId())).isTrue();
		assertThat(this.jdbc.sql("select count(*) from payment where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.payments.outboxRows(orderId)).isEqualTo(1);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.eventsOf(orderId)).hasSize(1));
		JsonNode succeeded = this.payments.eventsOf(orderId).get(0);
		assertThat(succeeded.path("type").asString()).isEqualTo("PaymentSucceeded");
		assertThat(succeeded.path("producer").asString()).isEqualTo("payment-service");
		assertThat(succeeded.path("causationId").asString()).isEqualTo(created.eventId().toString());
		assertThat(succeeded.path("correlationId").asString()).isEqualTo(created.correlationId().toString());
		assertThat(succeeded.path("payload").path("amount").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(succeeded.path("payload").path("amount").path("currency").asString()).isEqualTo("EUR");
		assertThat(succeeded.path("payload").path("gatewayReference").asString()).startsWith("pi_sim_");

		JsonNode payments = this.payments.payments(orderId);
		assertThat(payments).hasSize(1);
		JsonNode payment = payments.get(0);
		assertThat(payment.path("id").asString()).isEqualTo(succeeded.path("payload").path("paymentId").asString());
		assertThat(payment.path("kind").asString()).isEqualTo("CHARGE");
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payment.path("attempts").asInt()).isEqualTo(1);
		assertThat(payment.path("gatewayReference").asString())
			.isEqualTo(succeeded.path("payload").path("gatewayReference").asString());
		assertThat(payment.path("refundOf").isNull()).isTrue();
		this.payments.assertSummary(orderId, 1998, 0, 1998);
	}

	@Test
	void declinedCardFailsThePaymentWithTheDeclineCode() throws Exception {
		UUID orderId = UUID.randomUUID();

		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_chargeDeclinedInsufficientFunds"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.eventsOf(orderId)).hasSize(1));
		JsonNode failed = this.payments.eventsOf(orderId).get(0);
		assertThat(failed.path("type").asString()).isEqualTo("PaymentFailed");
		assertThat(failed.path("payload").path("reasonCode").asString()).isEqualTo("insufficient_funds");
		assertThat(failed.path("payload").path("reason").asString()).isNotBlank();
		assertThat(failed.path("payload").path("amount").path("amountMinor").asLong()).isEqualTo(1998);

		JsonNode payment = this.payments.payments(orderId).get(0);
		assertThat(payment.path("status").asString()).isEqualTo("FAILED");
		assertThat(payment.path("failure").path("code").asString()).isEqualTo("insufficient_funds");
		assertThat(payment.path("gatewayReference").isNull()).isTrue();
	}

	@Test
	void cancelledPaidOrderIsRefundedInFullOnceEvenWhenRedeliveredOrRepublished() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentSucceeded"));
		EventEnvelope<OrderCancelled> cancelled = PaymentsDriver.orderCancelled(orderId, "PAID",
				"stock allocation failed");
		EventEnvelope<OrderCancelled> cancelledAgain = PaymentsDriver.orderCancelled(orderId, "PAID",
				"cancelled by an operator");

		this.payments.publish(cancelled);
		this.payments.publish(cancelled);
		this.payments.publish(cancelledAgain);

		await().atMost(PATIENCE).until(() -> this.payments.processed(cancelledAgain.eventId()));
		assertThat(this.payments.processed(cancelled.eventId())).isTrue();
		assertThat(this.payments.outboxRows(orderId)).isEqualTo(2);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentSucceeded",
					"PaymentRefunded"));
		JsonNode charge = this.payments.eventsOf(orderId).get(0).path("payload");
		JsonNode refunded = this.payments.eventsOf(orderId).get(1);
		assertThat(refunded.path("producer").asString()).isEqualTo("payment-service");
		assertThat(refunded.path("causationId").asString()).isEqualTo(cancelled.eventId().toString());
		assertThat(refunded.path("correlationId").asString()).isEqualTo(cancelled.correlationId().toString());
		JsonNode refund = refunded.path("payload");
		assertThat(refund.path("paymentId").asString()).isEqualTo(charge.path("paymentId").asString());
		assertThat(refund.path("amount").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(refund.path("amount").path("currency").asString()).isEqualTo("EUR");
		assertThat(refund.path("gatewayReference").asString()).startsWith("re_sim_");
		assertThat(refund.path("reason").asString()).isEqualTo("order cancelled: stock allocation failed");

		JsonNode payments = this.payments.payments(orderId);
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
		this.payments.assertSummary(orderId, 1998, 1998, 0);
	}

	@Test
	void orderCancelledWhileStillCreatedIsChargedThenRefunded() throws Exception {
		UUID orderId = UUID.randomUUID();

		// order-service cancelled the order before the payment outcome arrived; the
		// charge is made anyway (OrderCreated comes first on the partition) and must not
		// be kept.
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));
		this.payments.publish(PaymentsDriver.orderCancelled(orderId, "CREATED", "cancelled by the customer"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentSucceeded",
					"PaymentRefunded"));
		JsonNode charge = this.payments.eventsOf(orderId).get(0).path("payload");
		JsonNode refund = this.payments.eventsOf(orderId).get(1).path("payload");
		assertThat(refund.path("paymentId").asString()).isEqualTo(charge.path("paymentId").asString());
		assertThat(refund.path("amount")).isEqualTo(charge.path("amount"));
		assertThat(refund.path("reason").asString()).isEqualTo("order cancelled: cancelled by the customer");
		this.payments.assertSummary(orderId, 1998, 1998, 0);
	}

	@Test
	void cancelledOrderWhoseCardWasDeclinedIsNotRefunded() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderCancelled> cancelled = PaymentsDriver.orderCancelled(orderId, "CREATED",
				"payment failed: card_declined (Your card was declined.)");

		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_chargeDeclined"));
		this.payments.publish(cancelled);

		await().atMost(PATIENCE).until(() -> this.payments.processed(cancelled.eventId()));
		assertThat(this.payments.outboxRows(orderId)).isEqualTo(1);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentFailed"));
		JsonNode payments = this.payments.payments(orderId);
		assertThat(payments).hasSize(1);
		assertThat(payments.get(0).path("status").asString()).isEqualTo("FAILED");
		this.payments.assertSummary(orderId, 0, 0, 0);
	}

	@Test
	void cancellationOfAnOrderWithoutPaymentsRefundsNothing() throws Exception {
		UUID orderId = UUID.randomUUID();
		EventEnvelope<OrderCancelled> cancelled = PaymentsDriver.orderCancelled(orderId, "CREATED",
				"cancelled by the customer");

		this.payments.publish(cancelled);

		await().atMost(PATIENCE).until(() -> this.payments.processed(cancelled.eventId()));
		assertThat(this.payments.outboxRows(orderId)).isZero();
		assertThat(this.payments.payments(orderId)).isEmpty();
		HttpResponse<String> summary = this.payments.get("/api/payments/summary?orderId=" + orderId);
		assertThat(summary.statusCode()).isEqualTo(404);
		assertThat(summary.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(summary.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/payments-not-found");
		assertThat(problem.path("orderId").asString()).isEqualTo(orderId.toString());
	}

	@Test
	void listingPaymentsNeedsAnOrderId() throws Exception {
		HttpResponse<String> response = this.payments.get("/api/payments");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/invalid-input");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("orderId");
		assertThat(this.payments.get("/api/payments?orderId=not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(this.payments.get("/api/payments/summary").statusCode()).isEqualTo(400);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = this.payments.get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	@Test
	void everyCallToTheGatewayIsKeptWithItsIdempotencyKeyAndResult() throws Exception {
		UUID orderId = UUID.randomUUID();

		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).hasSize(1));
		JsonNode calls = this.payments.charge(orderId).path("gatewayCalls");
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0).path("operation").asString()).isEqualTo("CHARGE");
		assertThat(calls.get(0).path("idempotencyKey").asString()).isEqualTo("order-" + orderId + "-charge");
		assertThat(calls.get(0).path("result").asString()).isEqualTo("succeeded");
		assertThat(calls.get(0).path("gatewayReference").asString()).startsWith("pi_sim_");
		assertThat(calls.get(0).path("finishedAt").isNull()).isFalse();
	}

	@Test
	void paymentThatNeedsAuthenticationWaitsThenMovesOnOnceTheCustomerPassed() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_authenticationRequired"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentActionRequired"));
		JsonNode charge = this.payments.charge(orderId);
		assertThat(charge.path("status").asString()).isEqualTo("REQUIRES_ACTION");
		String authentication = "/api/simulated-gateway/payments/" + charge.path("id").asString() + "/authentication";

		HttpResponse<String> passed = this.payments.post(authentication, "{\"outcome\":\"SUCCEEDED\"}", Map.of());
		HttpResponse<String> again = this.payments.post(authentication, "{\"outcome\":\"SUCCEEDED\"}", Map.of());

		assertThat(passed.statusCode()).as(passed.body()).isEqualTo(200);
		assertThat(json.readTree(passed.body()).path("outcome").asString()).isEqualTo("APPLIED");
		assertThat(json.readTree(again.body()).path("outcome").asString()).isEqualTo("DUPLICATE");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentActionRequired",
					"PaymentSucceeded"));
		assertThat(this.payments.payloadsOf(orderId, "PaymentSucceeded").get(0).path("gatewayReference").asString())
			.isEqualTo(charge.path("gatewayReference").asString());
		this.payments.assertSummary(orderId, 1998, 0, 1998);
		HttpResponse<String> invalid = this.payments.post(authentication, "{\"outcome\":\"MAYBE\"}", Map.of());
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(PaymentsDriver.problemOf(invalid).path("errors").get(0).path("field").asString())
			.isEqualTo("outcome");
	}

	@Test
	void customerWhoFailsAuthenticationFailsThePayment() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_authenticationRequired"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).hasSize(1));
		String paymentId = this.payments.charge(orderId).path("id").asString();

		this.payments.post("/api/simulated-gateway/payments/" + paymentId + "/authentication",
				"{\"outcome\":\"FAILED\"}", Map.of());

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentActionRequired",
					"PaymentFailed"));
		assertThat(this.payments.payloadsOf(orderId, "PaymentFailed").get(0).path("reasonCode").asString())
			.isEqualTo("authentication_failed");
	}

	@Test
	void operatorRefundsPartOfAnOrderOnceAndTheCancellationRefundsTheRest() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentSucceeded"));
		String body = refund(orderId, 500, "EUR", "goodwill: parcel arrived late");

		HttpResponse<String> refunded = this.payments.post("/api/refunds", body,
				Map.of("Idempotency-Key", "ticket-4711"));
		HttpResponse<String> resent = this.payments.post("/api/refunds", body,
				Map.of("Idempotency-Key", "ticket-4711"));

		assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(201);
		JsonNode refund = json.readTree(refunded.body());
		assertThat(refund.path("kind").asString()).isEqualTo("REFUND");
		assertThat(refund.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(refund.path("trigger").asString()).isEqualTo("OPERATOR");
		assertThat(refund.path("amount").path("amountMinor").asLong()).isEqualTo(500);
		assertThat(refund.path("gatewayCalls").get(0).path("idempotencyKey").asString())
			.isEqualTo("order-" + orderId + "-refund-ticket-4711");
		assertThat(resent.statusCode()).isEqualTo(201);
		assertThat(json.readTree(resent.body()).path("id").asString()).isEqualTo(refund.path("id").asString());
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentSucceeded",
					"PaymentRefunded"));
		JsonNode event = this.payments.payloadsOf(orderId, "PaymentRefunded").get(0);
		assertThat(event.path("trigger").asString()).isEqualTo("OPERATOR");
		assertThat(event.path("refundedSoFar").path("amountMinor").asLong()).isEqualTo(500);
		assertThat(this.payments.charge(orderId).path("status").asString()).isEqualTo("PARTIALLY_REFUNDED");

		HttpResponse<String> tooMuch = this.payments.post("/api/refunds", refund(orderId, 1500, "EUR", "too much"),
				Map.of("Idempotency-Key", "ticket-4712"));
		assertThat(tooMuch.statusCode()).isEqualTo(409);
		JsonNode problem = PaymentsDriver.problemOf(tooMuch);
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/refund-exceeds-charge");
		assertThat(problem.path("refundable").path("amountMinor").asLong()).isEqualTo(1498);
		HttpResponse<String> reused = this.payments.post("/api/refunds", refund(orderId, 100, "EUR", "other"),
				Map.of("Idempotency-Key", "ticket-4711"));
		assertThat(reused.statusCode()).isEqualTo(422);

		this.payments.publish(PaymentsDriver.orderCancelled(orderId, "PAID", "cancelled by an operator"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentSucceeded",
					"PaymentRefunded", "PaymentRefunded"));
		JsonNode rest = this.payments.payloadsOf(orderId, "PaymentRefunded").get(1);
		assertThat(rest.path("trigger").asString()).isEqualTo("ORDER_CANCELLED");
		assertThat(rest.path("amount").path("amountMinor").asLong()).isEqualTo(1498);
		assertThat(rest.path("refundedSoFar").path("amountMinor").asLong()).isEqualTo(1998);
		assertThat(this.payments.charge(orderId).path("status").asString()).isEqualTo("REFUNDED");
		this.payments.assertSummary(orderId, 1998, 1998, 0);
	}

	@Test
	void refundRequestsThatCannotBeRightAreProblemsNamingTheFields() throws Exception {
		HttpResponse<String> invalid = this.payments.post("/api/refunds",
				"{\"amount\":{\"amountMinor\":-5,\"currency\":\"euro\"},\"reason\":\"\"}",
				Map.of("Idempotency-Key", "k-1"));
		HttpResponse<String> withoutKey = this.payments.post("/api/refunds",
				refund(UUID.randomUUID(), 100, "EUR", "goodwill"), Map.of());
		HttpResponse<String> unknownOrder = this.payments.post("/api/refunds",
				refund(UUID.randomUUID(), 100, "EUR", "goodwill"), Map.of("Idempotency-Key", "k-2"));

		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(PaymentsDriver.problemOf(invalid)
			.path("errors")
			.valueStream()
			.map((error) -> error.path("field").asString()))
			.containsExactlyInAnyOrder("orderId", "amount.amountMinor", "amount.currency", "reason");
		assertThat(withoutKey.statusCode()).isEqualTo(400);
		assertThat(PaymentsDriver.problemOf(withoutKey).path("errors").get(0).path("field").asString())
			.isEqualTo("Idempotency-Key");
		assertThat(unknownOrder.statusCode()).isEqualTo(404);
		assertThat(PaymentsDriver.problemOf(unknownOrder).path("type").asString())
			.isEqualTo("https://openoms.io/problems/payments-not-found");
	}

	@Test
	void declinedChargeTookNothingToRefund() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_chargeDeclined"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).hasSize(1));

		HttpResponse<String> response = this.payments.post("/api/refunds", refund(orderId, 100, "EUR", "goodwill"),
				Map.of("Idempotency-Key", "k-3"));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(PaymentsDriver.problemOf(response).path("paymentStatus").asString()).isEqualTo("FAILED");
	}

	private static String refund(UUID orderId, long amountMinor, String currency, String reason) {
		return """
				{"orderId": "%s", "amount": {"amountMinor": %d, "currency": "%s"}, "reason": "%s"}
				""".formatted(orderId, amountMinor, currency, reason);
	}

}

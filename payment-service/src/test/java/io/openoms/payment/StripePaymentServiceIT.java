package io.openoms.payment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.openoms.payment.gateway.FakeStripe;
import io.openoms.testsupport.ServiceTestProperties;

import org.springframework.boot.test.context.SpringBootTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * payment-service with the Stripe adapter, the real stripe-java client and a fake Stripe
 * (WireMock) on one side, the broker on the other, and Stripe's webhooks signed the way
 * Stripe signs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + PaymentServiceApplication.CONFIG_NAME, "oms.payment.gateway=stripe",
				"oms.payment.stripe.secret-key=" + FakeStripe.SECRET_KEY,
				"oms.payment.stripe.webhook-secret=" + FakeStripe.WEBHOOK_SECRET,
				// One request per delivery, so the test sees the consumer's own retries.
				"oms.payment.stripe.max-network-retries=0" })
class StripePaymentServiceIT extends PaymentServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@RegisterExtension
	static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final UUID orderId = UUID.randomUUID();

	private final String intentId = "pi_" + this.orderId.toString().replace("-", "").substring(0, 20);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "payments_stripe");
		registry.add("oms.payment.stripe.api-base", stripe::baseUrl);
	}

	@Test
	void paymentThatNeedsAuthenticationMovesOnWhenStripeReportsTheSuccessAndOnlyOnce() throws Exception {
		stubCharge("requires_action");
		this.payments.publish(PaymentsDriver.orderCreated(this.orderId, "pm_card_threeDSecure2Required"));
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.payments.typesOf(this.orderId)).containsExactly("PaymentActionRequired"));
		String payload = paymentIntentEvent("evt_ok_" + this.orderId, "payment_intent.succeeded", "succeeded");
		String signature = FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET);

		HttpResponse<String> first = webhook(payload, signature);
		HttpResponse<String> replayed = webhook(payload, signature);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(PaymentsDriver.json.readTree(first.body()).path("outcome").asString()).isEqualTo("APPLIED");
		assertThat(PaymentsDriver.json.readTree(replayed.body()).path("outcome").asString()).isEqualTo("DUPLICATE");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(this.orderId))
				.containsExactly("PaymentActionRequired", "PaymentSucceeded"));
		JsonNode succeeded = this.payments.eventsOf(this.orderId).get(1);
		assertThat(succeeded.path("payload").path("gatewayReference").asString()).isEqualTo(this.intentId);
		assertThat(succeeded.path("correlationId").asString())
			.isEqualTo(this.payments.eventsOf(this.orderId).get(0).path("correlationId").asString());
		// The same success reported again under another event id changes nothing either.
		String again = paymentIntentEvent("evt_again_" + this.orderId, "payment_intent.succeeded", "succeeded");
		assertThat(PaymentsDriver.json
			.readTree(webhook(again, FakeStripe.signature(again, FakeStripe.WEBHOOK_SECRET)).body())
			.path("outcome")
			.asString()).isEqualTo("ALREADY_KNOWN");
		this.payments.assertSummary(this.orderId, 1998, 0, 1998);
	}

	@Test
	void webhookCallsThatDoNotVerifyAreRejectedAndChangeNothing() throws Exception {
		stubCharge("requires_action");
		this.payments.publish(PaymentsDriver.orderCreated(this.orderId, "pm_card_threeDSecure2Required"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.typesOf(this.orderId)).hasSize(1));
		String payload = paymentIntentEvent("evt_forged_" + this.orderId, "payment_intent.succeeded", "succeeded");

		HttpResponse<String> wrongSecret = webhook(payload, FakeStripe.signature(payload, "whsec_someone_else"));
		HttpResponse<String> stale = webhook(payload,
				FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET, Instant.now().minusSeconds(600)));
		HttpResponse<String> unsigned = webhook(payload, null);

		for (HttpResponse<String> response : List.of(wrongSecret, stale, unsigned)) {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(PaymentsDriver.problemOf(response).path("type").asString())
				.isEqualTo("https://openoms.io/problems/invalid-webhook");
		}
		assertThat(this.payments.charge(this.orderId).path("status").asString()).isEqualTo("REQUIRES_ACTION");
		// Rejected calls are not remembered: the genuine event, signed, still counts.
		HttpResponse<String> genuine = webhook(payload, FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET));
		assertThat(PaymentsDriver.json.readTree(genuine.body()).path("outcome").asString()).isEqualTo("APPLIED");
	}

	@Test
	void stripeOutageIsRetriedWithTheSameIdempotencyKeyAndChargesOnce() throws Exception {
		stripe.stubFor(post(FakeStripe.PAYMENT_INTENTS).inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Service unavailable\"}}"))
			.willSetStateTo("back"));
		stripe.stubFor(post(FakeStripe.PAYMENT_INTENTS).inScenario("outage")
			.whenScenarioStateIs("back")
			.willReturn(okJson(paymentIntent("succeeded"))));

		this.payments.publish(PaymentsDriver.orderCreated(this.orderId, "pm_card_visa"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(this.orderId)).containsExactly("PaymentSucceeded"));
		List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlPathEqualTo(FakeStripe.PAYMENT_INTENTS)));
		assertThat(sent).hasSize(2)
			.extracting((request) -> request.getHeader("Idempotency-Key"))
			.containsOnly("order-" + this.orderId + "-charge");
		JsonNode charge = this.payments.charge(this.orderId);
		assertThat(this.payments.payments(this.orderId)).hasSize(1);
		assertThat(charge.path("attempts").asInt()).isEqualTo(2);
		assertThat(charge.path("gatewayCalls").valueStream().map((call) -> call.path("result").asString()))
			.satisfiesExactly((result) -> assertThat(result).startsWith("error: PaymentGatewayUnavailableException"),
					(result) -> assertThat(result).isEqualTo("succeeded"));
	}

	@Test
	void partialAndFullRefundsGoThroughStripeAndRefundsMadeInTheDashboardAreRecorded() throws Exception {
		stubCharge("succeeded");
		stripe.stubFor(post(FakeStripe.REFUNDS).withFormParam("amount", equalTo("500"))
			.willReturn(okJson(refund("re_part", 500))));
		stripe.stubFor(post(FakeStripe.REFUNDS).withFormParam("amount", equalTo("1198"))
			.willReturn(okJson(refund("re_rest", 1198))));
		this.payments.publish(PaymentsDriver.orderCreated(this.orderId, "pm_card_visa"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.typesOf(this.orderId)).hasSize(1));

		HttpResponse<String> partial = this.payments.post("/api/refunds", """
				{"orderId": "%s", "amount": {"amountMinor": 500, "currency": "EUR"}, "reason": "goodwill"}
				""".formatted(this.orderId), Map.of("Idempotency-Key", "ticket-1"));
		assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
		stripe.verify(postRequestedFor(urlPathEqualTo(FakeStripe.REFUNDS))
			.withHeader("Idempotency-Key", equalTo("order-" + this.orderId + "-refund-ticket-1"))
			.withFormParam("payment_intent", equalTo(this.intentId)));
		// Stripe reports our own refund: known. Then 300 more, refunded in the dashboard.
		assertThat(chargeRefunded("evt_r1_" + this.orderId, 500)).isEqualTo("ALREADY_KNOWN");
		assertThat(chargeRefunded("evt_r2_" + this.orderId, 800)).isEqualTo("APPLIED");

		this.payments.publish(PaymentsDriver.orderCancelled(this.orderId, "PAID", "cancelled by an operator"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.payloadsOf(this.orderId, "PaymentRefunded"))
				.extracting(
						(refund) -> refund.path("trigger").asString() + " " + refund.path("amount").path("amountMinor"))
				.containsExactly("OPERATOR 500", "GATEWAY 300", "ORDER_CANCELLED 1198"));
		this.payments.assertSummary(this.orderId, 1998, 1998, 0);
	}

	@Test
	void cancellationOvertakenByTheCustomersAuthenticationRefundsTheLatePayment() throws Exception {
		stubCharge("requires_action");
		stripe.stubFor(post(FakeStripe.PAYMENT_INTENTS + "/" + this.intentId + "/cancel")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"code": "payment_intent_unexpected_state", "type": "invalid_request_error",
					  "message": "You cannot cancel this PaymentIntent because it has a status of succeeded."}}
					""")));
		stripe.stubFor(
				get(FakeStripe.PAYMENT_INTENTS + "/" + this.intentId).willReturn(okJson(paymentIntent("succeeded"))));
		stripe.stubFor(post(FakeStripe.REFUNDS).willReturn(okJson(refund("re_late", 1998))));
		this.payments.publish(PaymentsDriver.orderCreated(this.orderId, "pm_card_threeDSecure2Required"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.payments.typesOf(this.orderId)).hasSize(1));

		this.payments.publish(PaymentsDriver.orderCancelled(this.orderId, "CREATED", "cancelled by the customer"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(this.orderId))
				.containsExactly("PaymentActionRequired", "PaymentSucceeded", "PaymentRefunded"));
		this.payments.assertSummary(this.orderId, 1998, 1998, 0);
	}

	private void stubCharge(String status) {
		stripe.stubFor(
				post(FakeStripe.PAYMENT_INTENTS).withFormParam("metadata[order_id]", equalTo(this.orderId.toString()))
					.willReturn(okJson(paymentIntent(status))));
	}

	private String paymentIntent(String status) {
		return FakeStripe.paymentIntent(this.intentId, status, this.orderId, null, 1998);
	}

	private String paymentIntentEvent(String eventId, String type, String status) throws Exception {
		UUID paymentId = UUID.fromString(this.payments.charge(this.orderId).path("id").asString());
		return FakeStripe.event(eventId, type,
				FakeStripe.paymentIntent(this.intentId, status, this.orderId, paymentId, 1998));
	}

	private String chargeRefunded(String eventId, long amountRefunded) throws Exception {
		String payload = FakeStripe.event(eventId, "charge.refunded",
				FakeStripe.charge(this.intentId, 1998, amountRefunded, "re_" + amountRefunded));
		HttpResponse<String> response = webhook(payload, FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return PaymentsDriver.json.readTree(response.body()).path("outcome").asString();
	}

	private String refund(String id, long amount) {
		return """
				{"id": "%s", "object": "refund", "amount": %d, "currency": "eur", "payment_intent": "%s",
				 "status": "succeeded"}
				""".formatted(id, amount, this.intentId);
	}

	private HttpResponse<String> webhook(String payload, String signature) throws Exception {
		return this.payments.post("/stripe/webhook", payload,
				(signature != null) ? Map.of("Stripe-Signature", signature) : Map.of());
	}

}

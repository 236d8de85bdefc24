package io.openoms.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.openoms.payment.gateway.FakeStripe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole product paying through the Stripe adapter: the real stripe-java client
 * against a fake Stripe (WireMock), in authorize-then-capture mode, with the webhook of a
 * payment that waited for the customer's authentication signed the way Stripe signs it.
 */
class StripePaymentSystemIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String AUTHENTICATION_CARD = "pm_card_threeDSecure2Required";

	@RegisterExtension
	static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static RunningSystem system;

	@BeforeAll
	static void startSystem() {
		system = RunningSystem.start(Map.of("payment-service",
				List.of("--oms.payment.gateway=stripe", "--oms.payment.capture-method=manual",
						"--oms.payment.stripe.api-base=" + stripe.baseUrl(),
						"--oms.payment.stripe.secret-key=" + FakeStripe.SECRET_KEY,
						"--oms.payment.stripe.webhook-secret=" + FakeStripe.WEBHOOK_SECRET)));
	}

	@AfterAll
	static void stopSystem() {
		if (system != null) {
			system.close();
		}
	}

	@Test
	void orderPaidThroughStripeIsAuthorizedCapturedWhenShippedAndCompleted() throws Exception {
		stubStripe();

		String orderId = place("pm_card_visa");

		awaitStatus(orderId, "COMPLETED");
		JsonNode charge = charge(orderId);
		assertThat(charge.path("captureMethod").asString()).isEqualTo("MANUAL");
		assertThat(charge.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(charge.path("gatewayCalls").valueStream().map((call) -> call.path("operation").asString()))
			.containsExactly("CHARGE", "CAPTURE");
		stripe.verify(postRequestedFor(urlPathEqualTo(FakeStripe.PAYMENT_INTENTS))
			.withHeader("Idempotency-Key", equalTo("order-" + orderId + "-charge"))
			.withFormParam("capture_method", equalTo("manual"))
			.withFormParam("amount", equalTo(String.valueOf(charge.path("amount").path("amountMinor").asLong()))));
		stripe.verify(postRequestedFor(urlPathEqualTo(
				FakeStripe.PAYMENT_INTENTS + "/" + charge.path("gatewayReference").asString() + "/capture"))
			.withHeader("Idempotency-Key", equalTo("order-" + orderId + "-capture")));
		assertThat(history(orderId)).anySatisfy((entry) -> assertThat(entry).contains("captured"));
		awaitReconciled();
	}

	@Test
	void orderWhoseCustomerAuthenticatesCompletesWhenStripesWebhookArrives() throws Exception {
		stubStripe();
		String orderId = place(AUTHENTICATION_CARD);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(charge(orderId).path("status").asString()).isEqualTo("REQUIRES_ACTION"));
		assertThat(status(orderId)).isEqualTo("CREATED");
		JsonNode charge = charge(orderId);
		String payload = FakeStripe.event("evt_" + UUID.randomUUID(), "payment_intent.amount_capturable_updated",
				FakeStripe.paymentIntent(charge.path("gatewayReference").asString(), "requires_capture",
						UUID.fromString(orderId), UUID.fromString(charge.path("id").asString()),
						charge.path("amount").path("amountMinor").asLong()));

		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(system.baseUrl("payment-service") + "/stripe/webhook"))
				.header("Content-Type", "application/json")
				.header("Stripe-Signature", FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET))
				.POST(HttpRequest.BodyPublishers.ofString(payload))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		awaitStatus(orderId, "COMPLETED");
		assertThat(history(orderId)).anySatisfy((entry) -> assertThat(entry).contains("authenticate"));
		awaitReconciled();
	}

	/**
	 * Stripe's answers: a card that needs authentication waits, any other is authorized;
	 * captures succeed. Each PaymentIntent gets an id of its own.
	 */
	private static void stubStripe() {
		String anyIntent = "pi_{{randomValue length=24 type='ALPHANUMERIC'}}";
		stripe.stubFor(post(urlPathEqualTo(FakeStripe.PAYMENT_INTENTS))
			.willReturn(okJson(FakeStripe.paymentIntent(anyIntent, "requires_capture", UUID.randomUUID(), null, 0))
				.withTransformers("response-template")));
		stripe.stubFor(post(urlPathEqualTo(FakeStripe.PAYMENT_INTENTS))
			.withFormParam("payment_method", equalTo(AUTHENTICATION_CARD))
			.willReturn(okJson(FakeStripe.paymentIntent(anyIntent, "requires_action", UUID.randomUUID(), null, 0))
				.withTransformers("response-template")));
		stripe.stubFor(post(urlPathMatching(FakeStripe.PAYMENT_INTENTS + "/[^/]+/capture")).willReturn(okJson(
				FakeStripe.paymentIntent("{{request.pathSegments.[2]}}", "succeeded", UUID.randomUUID(), null, 0))
			.withTransformers("response-template")));
	}

	private static String place(String paymentMethod) throws Exception {
		String body = """
				{"customerId":"customer-stripe","lines":[{"sku":"MUG-LOGO","quantity":1}],
				 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","postalCode":"10115","city":"Berlin","country":"DE"},
				 "paymentMethod":"%s"}
				"""
			.formatted(paymentMethod);
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(system.baseUrl("order-service") + "/api/orders"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).path("id").asString();
	}

	private static void awaitStatus(String orderId, String expected) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(status(orderId)).isEqualTo(expected));
	}

	private static void awaitReconciled() {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(system.reconcile(Duration.ofSeconds(1)).violations()).isEmpty());
	}

	private static JsonNode charge(String orderId) throws Exception {
		return get(system.baseUrl("payment-service") + "/api/payments?orderId=" + orderId).get(0);
	}

	private static String status(String orderId) throws Exception {
		return get(system.baseUrl("order-service") + "/api/orders/" + orderId).path("status").asString();
	}

	private static List<String> history(String orderId) throws Exception {
		return get(system.baseUrl("order-service") + "/api/orders/" + orderId).path("history")
			.valueStream()
			.map((entry) -> entry.path("reason").asString())
			.toList();
	}

	private static JsonNode get(String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

}

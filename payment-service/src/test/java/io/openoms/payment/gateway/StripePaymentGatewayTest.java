package io.openoms.payment.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.openoms.contracts.Money;
import io.openoms.payment.PaymentProperties;
import io.openoms.payment.application.PaymentGatewayException;
import io.openoms.payment.application.PaymentGatewayUnavailableException;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real stripe-java client against a fake Stripe: WireMock answers with the JSON
 * Stripe's API sends, and its request journal shows what the client sent.
 */
class StripePaymentGatewayTest {

	private static final String PAYMENT_INTENTS = "/v1/payment_intents";

	private static final String REFUNDS = "/v1/refunds";

	private static final String SECRET_KEY = "sk_test_fake_0123456789";

	@RegisterExtension
	static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final UUID orderId = UUID.randomUUID();

	private StripePaymentGateway gateway;

	@BeforeEach
	void pointTheRealClientAtTheFakeStripe() {
		this.gateway = new StripePaymentGateway(StripePaymentGateway.clientFor(new PaymentProperties.Stripe(SECRET_KEY,
				stripe.baseUrl(), Duration.ofSeconds(2), Duration.ofMillis(500), 2)));
	}

	@Test
	void succeededPaymentIntentIsASuccessWithItsIdAsReference() {
		stripe.stubFor(post(PAYMENT_INTENTS).willReturn(okJson(paymentIntent("pi_3Succeeded", "succeeded"))));

		ChargeOutcome outcome = this.gateway.charge(charge());

		assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("pi_3Succeeded"));
		stripe.verify(postRequestedFor(urlPathEqualTo(PAYMENT_INTENTS))
			.withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
			.withHeader("Idempotency-Key", equalTo(chargeKey()))
			.withFormParam("amount", equalTo("1998"))
			.withFormParam("currency", equalTo("eur"))
			.withFormParam("payment_method", equalTo("pm_card_visa"))
			.withFormParam("confirm", equalTo("true"))
			.withFormParam("automatic_payment_methods[enabled]", equalTo("true"))
			.withFormParam("automatic_payment_methods[allow_redirects]", equalTo("never"))
			.withFormParam("metadata[order_id]", equalTo(this.orderId.toString())));
	}

	@Test
	void cardErrorIsADeclineWithStripesDeclineCodeAndMessage() {
		stripe.stubFor(post(PAYMENT_INTENTS).willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withHeader("Request-Id", "req_declined")
			.withBody("""
					{
					  "error": {
					    "charge": "ch_3Declined",
					    "code": "card_declined",
					    "decline_code": "insufficient_funds",
					    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
					    "message": "Your card has insufficient funds.",
					    "payment_intent": %s,
					    "request_log_url": "https://dashboard.stripe.com/test/logs/req_declined",
					    "type": "card_error"
					  }
					}
					""".formatted(paymentIntent("pi_3Declined", "requires_payment_method")))));

		ChargeOutcome outcome = this.gateway.charge(charge());

		assertThat(outcome)
			.isEqualTo(new ChargeOutcome.Declined("insufficient_funds", "Your card has insufficient funds."));
	}

	@Test
	void paymentIntentThatRequiresActionIsDeclinedAsAuthenticationRequired() {
		stripe.stubFor(post(PAYMENT_INTENTS).willReturn(okJson(paymentIntent("pi_3Needs3ds", "requires_action"))));

		ChargeOutcome outcome = this.gateway.charge(charge());

		assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Declined.class, (declined) -> {
			assertThat(declined.code()).isEqualTo("authentication_required");
			assertThat(declined.message()).contains("pi_3Needs3ds");
		});
	}

	@Test
	void unknownPaymentMethodIsADeclineNotAnError() {
		stripe.stubFor(post(PAYMENT_INTENTS)
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{
					  "error": {
					    "code": "resource_missing",
					    "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
					    "message": "No such PaymentMethod: 'pm_nonsense'",
					    "param": "payment_method",
					    "type": "invalid_request_error"
					  }
					}
					""")));

		ChargeOutcome outcome = this.gateway.charge(charge());

		assertThat(outcome)
			.isEqualTo(new ChargeOutcome.Declined("payment_method_unknown", "No such PaymentMethod: 'pm_nonsense'"));
	}

	@Test
	void timedOutChargeIsRetriedWithTheSameIdempotencyKeyAndChargesOnce() {
		stripe.stubFor(post(PAYMENT_INTENTS).inScenario("slow")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(paymentIntent("pi_3Once", "succeeded")).withFixedDelay(1500))
			.willSetStateTo("answered"));
		stripe.stubFor(post(PAYMENT_INTENTS).inScenario("slow")
			.whenScenarioStateIs("answered")
			.willReturn(okJson(paymentIntent("pi_3Once", "succeeded")).withHeader("Idempotent-Replayed", "true")));

		ChargeOutcome outcome = this.gateway.charge(charge());

		assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("pi_3Once"));
		List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlPathEqualTo(PAYMENT_INTENTS)));
		assertThat(sent).hasSize(2)
			.extracting((request) -> request.getHeader("Idempotency-Key"))
			.containsOnly(chargeKey());
	}

	@Test
	void serverErrorsAfterTheClientsOwnRetriesAreTransientAndAlwaysCarriedTheSameKey() {
		stripe.stubFor(post(PAYMENT_INTENTS)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
					{
					  "error": {
					    "message": "An unknown error occurred",
					    "type": "api_error"
					  }
					}
					""")));

		assertThatThrownBy(() -> this.gateway.charge(charge())).isInstanceOf(PaymentGatewayUnavailableException.class)
			.hasMessageContaining("order " + this.orderId);
		List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlPathEqualTo(PAYMENT_INTENTS)));
		assertThat(sent).hasSize(3)
			.extracting((request) -> request.getHeader("Idempotency-Key"))
			.containsOnly(chargeKey());
	}

	@Test
	void rateLimitIsTransient() {
		stripe.stubFor(post(PAYMENT_INTENTS).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("Stripe-Should-Retry", "false")
			.withBody("""
					{
					  "error": {
					    "code": "rate_limit",
					    "message": "Too many requests hit the API too quickly.",
					    "type": "invalid_request_error"
					  }
					}
					""")));

		assertThatThrownBy(() -> this.gateway.charge(charge())).isInstanceOf(PaymentGatewayUnavailableException.class);
	}

	@Test
	void wrongKeyIsRefusedNotRetriedAsTransient() {
		stripe.stubFor(post(PAYMENT_INTENTS)
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("""
					{
					  "error": {
					    "message": "Invalid API Key provided: sk_test_****6789",
					    "type": "invalid_request_error"
					  }
					}
					""")));

		assertThatThrownBy(() -> this.gateway.charge(charge())).isInstanceOf(PaymentGatewayException.class)
			.isNotInstanceOf(PaymentGatewayUnavailableException.class);
	}

	@Test
	void refundGivesThePaymentIntentBackInFullWithTheRefundKey() {
		stripe.stubFor(post(REFUNDS).willReturn(okJson("""
				{
				  "id": "re_3Full",
				  "object": "refund",
				  "amount": 1998,
				  "balance_transaction": "txn_3Full",
				  "charge": "ch_3Succeeded",
				  "created": 1764000000,
				  "currency": "eur",
				  "metadata": {},
				  "payment_intent": "pi_3Succeeded",
				  "reason": null,
				  "status": "succeeded"
				}
				""")));

		RefundOutcome outcome = this.gateway
			.refund(new RefundRequest(UUID.randomUUID(), UUID.randomUUID(), this.orderId, "pi_3Succeeded",
					new Money(1998, "EUR"), "order cancelled: customer request", "order-" + this.orderId + "-refund"));

		assertThat(outcome).isEqualTo(new RefundOutcome("re_3Full"));
		stripe.verify(postRequestedFor(urlPathEqualTo(REFUNDS))
			.withHeader("Idempotency-Key", equalTo("order-" + this.orderId + "-refund"))
			.withFormParam("payment_intent", equalTo("pi_3Succeeded"))
			.withFormParam("amount", equalTo("1998"))
			.withFormParam("metadata[order_id]", equalTo(this.orderId.toString())));
	}

	@Test
	void stripeSettingsNeverPrintTheSecretKey() {
		PaymentProperties.Stripe settings = new PaymentProperties.Stripe(SECRET_KEY, stripe.baseUrl(),
				Duration.ofSeconds(5), Duration.ofSeconds(20), 2);

		assertThat(settings.toString()).doesNotContain(SECRET_KEY).contains("******");
		assertThat(new PaymentProperties(PaymentProperties.GatewayType.STRIPE, settings).toString())
			.doesNotContain(SECRET_KEY);
	}

	private ChargeRequest charge() {
		return new ChargeRequest(UUID.randomUUID(), this.orderId, new Money(1998, "EUR"), "pm_card_visa", chargeKey());
	}

	private String chargeKey() {
		return "order-" + this.orderId + "-charge";
	}

	private String paymentIntent(String id, String status) {
		String nextAction = "requires_action".equals(status) ? """
				{"type": "use_stripe_sdk", "use_stripe_sdk": {"type": "three_d_secure_redirect"}}""" : "null";
		return """
				{
				  "id": "%s",
				  "object": "payment_intent",
				  "amount": 1998,
				  "amount_received": %d,
				  "automatic_payment_methods": {"allow_redirects": "never", "enabled": true},
				  "capture_method": "automatic",
				  "client_secret": "%s_secret_fake",
				  "confirmation_method": "automatic",
				  "created": 1764000000,
				  "currency": "eur",
				  "latest_charge": "ch_3Succeeded",
				  "livemode": false,
				  "metadata": {"order_id": "%s"},
				  "next_action": %s,
				  "payment_method": "pm_1Card",
				  "payment_method_types": ["card"],
				  "status": "%s"
				}
				""".formatted(id, "succeeded".equals(status) ? 1998 : 0, id, this.orderId, nextAction, status);
	}

}

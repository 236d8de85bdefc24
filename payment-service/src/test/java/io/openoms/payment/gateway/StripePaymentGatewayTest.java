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
import io.openoms.payment.domain.CancelOutcome;
import io.openoms.payment.domain.CancelRequest;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.CaptureRequest;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

	private static final String PAYMENT_INTENTS = FakeStripe.PAYMENT_INTENTS;

	private static final String REFUNDS = FakeStripe.REFUNDS;

	private static final String SECRET_KEY = FakeStripe.SECRET_KEY;

	private final UUID paymentId = UUID.randomUUID();

	@RegisterExtension
	static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final UUID orderId = UUID.randomUUID();

	private StripePaymentGateway gateway;

	@BeforeEach
	void pointTheRealClientAtTheFakeStripe() {
		this.gateway = new StripePaymentGateway(StripePaymentGateway.clientFor(new PaymentProperties.Stripe(SECRET_KEY,
				FakeStripe.WEBHOOK_SECRET, stripe.baseUrl(), Duration.ofSeconds(2), Duration.ofMillis(500), 2)));
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
			.withFormParam("metadata[order_id]", equalTo(this.orderId.toString()))
			.withFormParam("metadata[payment_id]", equalTo(this.paymentId.toString()))
			.withFormParam("capture_method", equalTo("automatic")));
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
	void paymentIntentThatRequiresActionWaitsForTheCustomer() {
		stripe.stubFor(post(PAYMENT_INTENTS).willReturn(okJson(paymentIntent("pi_3Needs3ds", "requires_action"))));

		ChargeOutcome outcome = this.gateway.charge(charge());

		assertThat(outcome).isEqualTo(new ChargeOutcome.RequiresAction("pi_3Needs3ds"));
	}

	@Test
	void manualCaptureAuthorizesOnlyAndSaysSoToStripe() {
		stripe.stubFor(post(PAYMENT_INTENTS).willReturn(okJson(paymentIntent("pi_3Held", "requires_capture"))));

		ChargeOutcome outcome = this.gateway.charge(charge(CaptureMethod.MANUAL));

		assertThat(outcome).isEqualTo(new ChargeOutcome.Authorized("pi_3Held"));
		stripe.verify(
				postRequestedFor(urlPathEqualTo(PAYMENT_INTENTS)).withFormParam("capture_method", equalTo("manual")));
	}

	@Test
	void captureTakesTheHeldMoneyWithTheCaptureKey() {
		stripe.stubFor(
				post(PAYMENT_INTENTS + "/pi_3Held/capture").willReturn(okJson(paymentIntent("pi_3Held", "succeeded"))));

		this.gateway.capture(new CaptureRequest(this.paymentId, this.orderId, "pi_3Held", new Money(1998, "EUR"),
				"order-" + this.orderId + "-capture"));

		stripe.verify(postRequestedFor(urlPathEqualTo(PAYMENT_INTENTS + "/pi_3Held/capture"))
			.withHeader("Idempotency-Key", equalTo("order-" + this.orderId + "-capture")));
	}

	@Test
	void expiredAuthorizationCannotBeCapturedAndIsNotRetriedAsTransient() {
		stripe.stubFor(post(PAYMENT_INTENTS + "/pi_3Expired/capture")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"code": "payment_intent_unexpected_state", "type": "invalid_request_error",
					  "message": "This PaymentIntent could not be captured because it has a status of canceled."}}
					""")));

		assertThatThrownBy(() -> this.gateway.capture(new CaptureRequest(this.paymentId, this.orderId, "pi_3Expired",
				new Money(1998, "EUR"), "order-" + this.orderId + "-capture")))
			.isInstanceOf(PaymentGatewayException.class)
			.isNotInstanceOf(PaymentGatewayUnavailableException.class)
			.hasMessageContaining("status of canceled");
	}

	@Test
	void cancelReleasesTheHold() {
		stripe.stubFor(
				post(PAYMENT_INTENTS + "/pi_3Held/cancel").willReturn(okJson(paymentIntent("pi_3Held", "canceled"))));

		CancelOutcome outcome = this.gateway.cancel(cancel("pi_3Held"));

		assertThat(outcome).isEqualTo(new CancelOutcome.Cancelled());
		stripe.verify(postRequestedFor(urlPathEqualTo(PAYMENT_INTENTS + "/pi_3Held/cancel"))
			.withHeader("Idempotency-Key", equalTo("order-" + this.orderId + "-cancel"))
			.withFormParam("cancellation_reason", equalTo("abandoned")));
	}

	@Test
	void cancelOvertakenByTheCustomersAuthenticationReportsTheSuccess() {
		stripe.stubFor(post(PAYMENT_INTENTS + "/pi_3Late/cancel")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"code": "payment_intent_unexpected_state", "type": "invalid_request_error",
					  "message": "You cannot cancel this PaymentIntent because it has a status of succeeded."}}
					""")));
		stripe.stubFor(get(PAYMENT_INTENTS + "/pi_3Late").willReturn(okJson(paymentIntent("pi_3Late", "succeeded"))));

		CancelOutcome outcome = this.gateway.cancel(cancel("pi_3Late"));

		assertThat(outcome).isEqualTo(new CancelOutcome.Overtaken(new ChargeOutcome.Succeeded("pi_3Late")));
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
	void partialRefundSendsOnlyItsAmountWithItsOwnKey() {
		stripe.stubFor(post(REFUNDS).willReturn(okJson("""
				{"id": "re_3Part", "object": "refund", "amount": 500, "currency": "eur",
				 "payment_intent": "pi_3Succeeded", "status": "pending"}
				""")));
		String key = "order-" + this.orderId + "-refund-goodwill-1";

		RefundOutcome outcome = this.gateway.refund(new RefundRequest(UUID.randomUUID(), UUID.randomUUID(),
				this.orderId, "pi_3Succeeded", new Money(500, "EUR"), "goodwill", key));

		assertThat(outcome).isEqualTo(new RefundOutcome("re_3Part"));
		stripe.verify(postRequestedFor(urlPathEqualTo(REFUNDS)).withHeader("Idempotency-Key", equalTo(key))
			.withFormParam("amount", equalTo("500")));
	}

	@Test
	void stripeSettingsNeverPrintTheSecrets() {
		PaymentProperties.Stripe settings = new PaymentProperties.Stripe(SECRET_KEY, FakeStripe.WEBHOOK_SECRET,
				stripe.baseUrl(), Duration.ofSeconds(5), Duration.ofSeconds(20), 2);

		assertThat(settings.toString()).doesNotContain(SECRET_KEY)
			.doesNotContain(FakeStripe.WEBHOOK_SECRET)
			.contains("******");
		assertThat(new PaymentProperties(PaymentProperties.GatewayType.STRIPE, CaptureMethod.AUTOMATIC, settings)
			.toString()).doesNotContain(SECRET_KEY).doesNotContain(FakeStripe.WEBHOOK_SECRET);
	}

	private ChargeRequest charge() {
		return charge(CaptureMethod.AUTOMATIC);
	}

	private ChargeRequest charge(CaptureMethod captureMethod) {
		return new ChargeRequest(this.paymentId, this.orderId, new Money(1998, "EUR"), "pm_card_visa", captureMethod,
				chargeKey());
	}

	private CancelRequest cancel(String reference) {
		return new CancelRequest(this.paymentId, this.orderId, reference, "order cancelled",
				"order-" + this.orderId + "-cancel");
	}

	private String chargeKey() {
		return "order-" + this.orderId + "-charge";
	}

	private String paymentIntent(String id, String status) {
		return FakeStripe.paymentIntent(id, status, this.orderId, this.paymentId, 1998);
	}

}

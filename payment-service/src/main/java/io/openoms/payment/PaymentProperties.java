package io.openoms.payment;

import java.time.Duration;

import io.openoms.payment.domain.CaptureMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of payment-service.
 *
 * @param gateway the payment gateway charges go to; {@code simulated} behaves like
 * Stripe's test payment methods without leaving the machine
 * @param captureMethod {@code automatic} takes the money when the order is placed;
 * {@code manual} only holds it then and takes it when the order ships, releasing the hold
 * if the order is cancelled before (authorize-then-capture)
 * @param stripe how to reach Stripe, used only when {@code gateway} is {@code stripe}
 */
@Validated
@ConfigurationProperties("oms.payment")
public record PaymentProperties(@DefaultValue("simulated") @NotNull GatewayType gateway,
		@DefaultValue("automatic") @NotNull CaptureMethod captureMethod, @DefaultValue @NotNull @Valid Stripe stripe) {

	/**
	 * Stripe is only usable with a key; without one the service must not start, rather
	 * than fail every charge later.
	 * @return whether the gateway is not Stripe or Stripe has a secret key
	 */
	@AssertTrue(message = "oms.payment.gateway=stripe needs a secret key: set the environment variable "
			+ "STRIPE_SECRET_KEY (or oms.payment.stripe.secret-key) to a key such as sk_test_..., "
			+ "or use oms.payment.gateway=simulated")
	public boolean isStripeKeyPresentWhenStripeIsTheGateway() {
		return this.gateway != GatewayType.STRIPE || (this.stripe != null && this.stripe.hasSecretKey());
	}

	/**
	 * Without the webhook signing secret, payments that wait for the customer's
	 * authentication would never settle.
	 * @return whether the gateway is not Stripe or Stripe has a webhook secret
	 */
	@AssertTrue(message = "oms.payment.gateway=stripe needs the webhook signing secret: set the environment variable "
			+ "STRIPE_WEBHOOK_SECRET (or oms.payment.stripe.webhook-secret) to the endpoint's whsec_... secret")
	public boolean isWebhookSecretPresentWhenStripeIsTheGateway() {
		return this.gateway != GatewayType.STRIPE || (this.stripe != null && this.stripe.hasWebhookSecret());
	}

	/** The gateways payment-service can charge through. */
	public enum GatewayType {

		/**
		 * In-process, answers like Stripe's test payment methods ({@code pm_card_visa},
		 * ...).
		 */
		SIMULATED,

		/** Stripe's API through the official stripe-java client. */
		STRIPE

	}

	/**
	 * How to reach Stripe.
	 *
	 * @param secretKey the API secret key ({@code sk_test_...} or {@code sk_live_...}),
	 * only from the environment ({@code STRIPE_SECRET_KEY}); never printed
	 * @param webhookSecret the signing secret of the webhook endpoint
	 * ({@code whsec_...}), only from the environment ({@code STRIPE_WEBHOOK_SECRET});
	 * never printed
	 * @param apiBase where Stripe's API is; changed only to point at a fake Stripe in
	 * tests
	 * @param connectTimeout how long to wait for a connection to Stripe
	 * @param readTimeout how long to wait for Stripe's answer to one request
	 * @param maxNetworkRetries how often the client itself retries a request that timed
	 * out, could not connect or got a 409 or 5xx, always with the same idempotency key
	 */
	public record Stripe(String secretKey, String webhookSecret,
			@DefaultValue("https://api.stripe.com") @NotBlank String apiBase,
			@DefaultValue("5s") @NotNull Duration connectTimeout, @DefaultValue("20s") @NotNull Duration readTimeout,
			@DefaultValue("2") @Min(0) @Max(5) int maxNetworkRetries) {

		public boolean hasSecretKey() {
			return this.secretKey != null && !this.secretKey.isBlank();
		}

		public boolean hasWebhookSecret() {
			return this.webhookSecret != null && !this.webhookSecret.isBlank();
		}

		/** Says whether the key is set, never what it is: this ends up in logs. */
		@Override
		public String toString() {
			return "Stripe[secretKey=" + (hasSecretKey() ? "******" : "<not set>") + ", webhookSecret="
					+ (hasWebhookSecret() ? "******" : "<not set>") + ", apiBase=" + this.apiBase + ", connectTimeout="
					+ this.connectTimeout + ", readTimeout=" + this.readTimeout + ", maxNetworkRetries="
					+ this.maxNetworkRetries + "]";
		}

	}

}

package io.openoms.payment.gateway;

import java.time.Instant;
import java.util.UUID;

import com.stripe.Stripe;
import com.stripe.net.Webhook;

/**
 * What Stripe's API and webhooks send, for tests that run the real stripe-java client
 * against WireMock: PaymentIntent and event JSON, and webhook signatures made the way
 * Stripe makes them.
 */
public final class FakeStripe {

	public static final String SECRET_KEY = "sk_test_fake_0123456789";

	public static final String WEBHOOK_SECRET = "whsec_fake_0123456789";

	public static final String PAYMENT_INTENTS = "/v1/payment_intents";

	public static final String REFUNDS = "/v1/refunds";

	private FakeStripe() {
	}

	/**
	 * A PaymentIntent of 19.98 EUR as Stripe answers it.
	 * @param paymentId our id, sent as metadata; null for a charge made outside the OMS
	 */
	public static String paymentIntent(String id, String status, UUID orderId, UUID paymentId, long amount) {
		String nextAction = "requires_action".equals(status) ? """
				{"type": "use_stripe_sdk", "use_stripe_sdk": {"type": "three_d_secure_redirect"}}""" : "null";
		String lastError = "requires_payment_method".equals(status)
				? """
						{"code": "card_declined", "decline_code": "generic_decline", "message": "Your card was declined.", "type": "card_error"}"""
				: "null";
		String metadata = (paymentId != null) ? """
				{"order_id": "%s", "payment_id": "%s"}""".formatted(orderId, paymentId) : "{}";
		return """
				{
				  "id": "%s",
				  "object": "payment_intent",
				  "amount": %d,
				  "amount_capturable": %d,
				  "amount_received": %d,
				  "automatic_payment_methods": {"allow_redirects": "never", "enabled": true},
				  "capture_method": "%s",
				  "client_secret": "%s_secret_fake",
				  "confirmation_method": "automatic",
				  "created": 1764000000,
				  "currency": "eur",
				  "last_payment_error": %s,
				  "latest_charge": "ch_%s",
				  "livemode": false,
				  "metadata": %s,
				  "next_action": %s,
				  "payment_method": "pm_1Card",
				  "payment_method_types": ["card"],
				  "status": "%s"
				}
				""".formatted(id, amount, "requires_capture".equals(status) ? amount : 0,
				"succeeded".equals(status) ? amount : 0, "requires_capture".equals(status) ? "manual" : "automatic", id,
				lastError, id, metadata, nextAction, status);
	}

	/** A Charge of a PaymentIntent, as {@code charge.refunded} carries it. */
	public static String charge(String paymentIntent, long amount, long amountRefunded, String latestRefund) {
		return """
				{
				  "id": "ch_%s",
				  "object": "charge",
				  "amount": %d,
				  "amount_captured": %d,
				  "amount_refunded": %d,
				  "captured": true,
				  "created": 1764000000,
				  "currency": "eur",
				  "metadata": {},
				  "paid": true,
				  "payment_intent": "%s",
				  "refunded": %s,
				  "refunds": {"object": "list", "data": [{"id": "%s", "object": "refund", "amount": %d, "currency": "eur", "status": "succeeded"}], "has_more": false, "url": "/v1/charges/ch_%s/refunds"},
				  "status": "succeeded"
				}
				"""
			.formatted(paymentIntent, amount, amount, amountRefunded, paymentIntent, amount == amountRefunded,
					latestRefund, amountRefunded, paymentIntent);
	}

	/** A webhook event carrying {@code object}, of stripe-java's API version. */
	public static String event(String id, String type, String object) {
		return """
				{
				  "id": "%s",
				  "object": "event",
				  "api_version": "%s",
				  "created": %d,
				  "data": {"object": %s},
				  "livemode": false,
				  "pending_webhooks": 1,
				  "request": {"id": null, "idempotency_key": null},
				  "type": "%s"
				}
				""".formatted(id, Stripe.API_VERSION, Instant.now().getEpochSecond(), object, type);
	}

	/** The {@code Stripe-Signature} header Stripe would send for the payload now. */
	public static String signature(String payload, String secret) {
		return signature(payload, secret, Instant.now());
	}

	/** The {@code Stripe-Signature} header of a payload signed at {@code signedAt}. */
	public static String signature(String payload, String secret, Instant signedAt) {
		try {
			return Webhook.Signature.generateSignatureHeader(payload, secret, signedAt.getEpochSecond());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.openoms.payment.gateway;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;

import io.openoms.contracts.Money;
import io.openoms.payment.application.GatewayNotification;
import io.openoms.payment.application.InvalidGatewayNotificationException;
import io.openoms.payment.domain.ChargeOutcome;

/**
 * Verifies Stripe's webhook calls and translates the events payment-service acts on.
 * <p>
 * The signature is checked with {@link Webhook#constructEvent(String, String, String)}:
 * the HMAC of the raw body with the endpoint's signing secret, and a timestamp no older
 * than Stripe's default tolerance (5 minutes), so a captured call cannot be replayed
 * later. A call replayed within the tolerance is caught by the event id instead.
 */
class StripeWebhooks {

	private final String signingSecret;

	StripeWebhooks(String signingSecret) {
		if (signingSecret == null || signingSecret.isBlank()) {
			throw new IllegalArgumentException("a webhook signing secret is needed (STRIPE_WEBHOOK_SECRET)");
		}
		this.signingSecret = signingSecret;
	}

	/**
	 * Verifies a call and says what it reports.
	 * @param payload the request body exactly as received
	 * @param signatureHeader the {@code Stripe-Signature} header, null if missing
	 * @return the notification, or empty for an event type payment-service does not act
	 * on
	 * @throws InvalidGatewayNotificationException if the call is not verifiably from
	 * Stripe and fresh
	 */
	Optional<GatewayNotification> verify(String payload, String signatureHeader) {
		if (signatureHeader == null || signatureHeader.isBlank()) {
			throw new InvalidGatewayNotificationException("The Stripe-Signature header is missing", null);
		}
		Event event;
		try {
			event = Webhook.constructEvent(payload, signatureHeader, this.signingSecret);
		}
		catch (SignatureVerificationException ex) {
			throw new InvalidGatewayNotificationException(
					"The Stripe-Signature header does not verify: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			// Signed correctly but not an event (JSON that does not parse).
			throw new InvalidGatewayNotificationException("The body is not a Stripe event: " + ex.getMessage(), ex);
		}
		return translate(event);
	}

	private static Optional<GatewayNotification> translate(Event event) {
		String type = event.getType();
		return Optional.ofNullable(switch (type) {
			case "payment_intent.succeeded", "payment_intent.amount_capturable_updated",
					"payment_intent.requires_action", "payment_intent.payment_failed" -> {
				PaymentIntent intent = objectOf(event, PaymentIntent.class);
				yield new GatewayNotification.ChargeSettled(event.getId(), type, intent.getId(),
						paymentIdOf(intent.getMetadata()), outcomeOf(type, intent));
			}
			case "charge.refunded" -> {
				Charge charge = objectOf(event, Charge.class);
				String latestRefund = (charge.getRefunds() != null && charge.getRefunds().getData() != null
						&& !charge.getRefunds().getData().isEmpty()) ? charge.getRefunds().getData().get(0).getId()
								: null;
				yield new GatewayNotification.ChargeRefunded(event.getId(), type, charge.getPaymentIntent(),
						paymentIdOf(charge.getMetadata()),
						new Money(charge.getAmountRefunded(), charge.getCurrency().toUpperCase(Locale.ROOT)),
						latestRefund);
			}
			default -> null;
		});
	}

	/**
	 * Each event type is a fact about the moment it was sent; the PaymentIntent's status
	 * in it says the same, but the type is what Stripe documents.
	 */
	private static ChargeOutcome outcomeOf(String type, PaymentIntent intent) {
		return switch (type) {
			case "payment_intent.succeeded" -> new ChargeOutcome.Succeeded(intent.getId());
			case "payment_intent.amount_capturable_updated" -> new ChargeOutcome.Authorized(intent.getId());
			case "payment_intent.requires_action" -> new ChargeOutcome.RequiresAction(intent.getId());
			default -> StripePaymentGateway.declineOf(intent);
		};
	}

	private static <T extends StripeObject> T objectOf(Event event, Class<T> type) {
		StripeObject object;
		try {
			// Events of another API version than stripe-java's still carry the fields
			// read here.
			object = event.getDataObjectDeserializer().getObject().isPresent()
					? event.getDataObjectDeserializer().getObject().get()
					: event.getDataObjectDeserializer().deserializeUnsafe();
		}
		catch (EventDataObjectDeserializationException ex) {
			throw new InvalidGatewayNotificationException(
					"Stripe event " + event.getId() + " carries no readable " + type.getSimpleName(), ex);
		}
		if (!type.isInstance(object)) {
			throw new InvalidGatewayNotificationException("Stripe event " + event.getId() + " of type "
					+ event.getType() + " carries a " + object.getClass().getSimpleName(), null);
		}
		return type.cast(object);
	}

	/** Our id of the payment, which the charge sends along as metadata. */
	private static UUID paymentIdOf(Map<String, String> metadata) {
		String id = (metadata != null) ? metadata.get("payment_id") : null;
		try {
			return (id != null) ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

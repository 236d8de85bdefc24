package io.openoms.payment.gateway;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;
import io.openoms.payment.application.GatewayNotification;
import io.openoms.payment.application.InvalidGatewayNotificationException;
import io.openoms.payment.domain.ChargeOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhook calls signed the way Stripe signs them, verified by stripe-java's
 * {@code Webhook.constructEvent}.
 */
class StripeWebhooksTest {

	private final StripeWebhooks webhooks = new StripeWebhooks(FakeStripe.WEBHOOK_SECRET);

	private final UUID orderId = UUID.randomUUID();

	private final UUID paymentId = UUID.randomUUID();

	@Test
	void signedSucceededEventIsAChargeSettledWithOurPaymentId() {
		String payload = paymentIntentEvent("evt_1", "payment_intent.succeeded", "succeeded");

		GatewayNotification notification = this.webhooks
			.verify(payload, FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET))
			.orElseThrow();

		assertThat(notification).isEqualTo(new GatewayNotification.ChargeSettled("evt_1", "payment_intent.succeeded",
				"pi_3Async", this.paymentId, new ChargeOutcome.Succeeded("pi_3Async")));
	}

	@Test
	void eachPaymentIntentEventTypeSaysItsOutcome() {
		assertThat(outcomeOf("payment_intent.amount_capturable_updated", "requires_capture"))
			.isEqualTo(new ChargeOutcome.Authorized("pi_3Async"));
		assertThat(outcomeOf("payment_intent.requires_action", "requires_action"))
			.isEqualTo(new ChargeOutcome.RequiresAction("pi_3Async"));
		assertThat(outcomeOf("payment_intent.payment_failed", "requires_payment_method"))
			.isEqualTo(new ChargeOutcome.Declined("generic_decline", "Your card was declined."));
	}

	@Test
	void chargeRefundedSaysHowMuchWentBackInTotal() {
		String payload = FakeStripe.event("evt_2", "charge.refunded",
				FakeStripe.charge("pi_3Async", 1998, 500, "re_9"));

		GatewayNotification notification = this.webhooks
			.verify(payload, FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET))
			.orElseThrow();

		assertThat(notification).isEqualTo(new GatewayNotification.ChargeRefunded("evt_2", "charge.refunded",
				"pi_3Async", null, new Money(500, "EUR"), "re_9"));
	}

	@Test
	void eventTypesPaymentServiceDoesNotActOnAreIgnored() {
		String payload = FakeStripe.event("evt_3", "customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}");

		assertThat(this.webhooks.verify(payload, FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET))).isEmpty();
	}

	@Test
	void callSignedWithAnotherSecretIsRejected() {
		String payload = paymentIntentEvent("evt_4", "payment_intent.succeeded", "succeeded");

		assertThatThrownBy(() -> this.webhooks.verify(payload, FakeStripe.signature(payload, "whsec_someone_else")))
			.isInstanceOf(InvalidGatewayNotificationException.class)
			.hasMessageContaining("does not verify");
	}

	@Test
	void tamperedBodyIsRejected() {
		String payload = paymentIntentEvent("evt_5", "payment_intent.succeeded", "succeeded");
		String signature = FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET);

		assertThatThrownBy(() -> this.webhooks.verify(payload.replace("1998", "1"), signature))
			.isInstanceOf(InvalidGatewayNotificationException.class);
	}

	@Test
	void callSignedLongerAgoThanTheToleranceIsRejectedAsAReplay() {
		String payload = paymentIntentEvent("evt_6", "payment_intent.succeeded", "succeeded");
		String stale = FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET, Instant.now().minusSeconds(600));

		assertThatThrownBy(() -> this.webhooks.verify(payload, stale))
			.isInstanceOf(InvalidGatewayNotificationException.class)
			.hasMessageContaining("tolerance");
	}

	@Test
	void unsignedCallIsRejected() {
		String payload = paymentIntentEvent("evt_7", "payment_intent.succeeded", "succeeded");

		assertThatThrownBy(() -> this.webhooks.verify(payload, null))
			.isInstanceOf(InvalidGatewayNotificationException.class)
			.hasMessageContaining("missing");
	}

	private ChargeOutcome outcomeOf(String type, String status) {
		String payload = paymentIntentEvent("evt_" + type, type, status);
		return ((GatewayNotification.ChargeSettled) this.webhooks
			.verify(payload, FakeStripe.signature(payload, FakeStripe.WEBHOOK_SECRET))
			.orElseThrow()).outcome();
	}

	private String paymentIntentEvent(String id, String type, String status) {
		return FakeStripe.event(id, type,
				FakeStripe.paymentIntent("pi_3Async", status, this.orderId, this.paymentId, 1998));
	}

}

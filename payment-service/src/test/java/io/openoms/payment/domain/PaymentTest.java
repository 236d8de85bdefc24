package io.openoms.payment.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	private static final Instant LATER = NOW.plusSeconds(2);

	private static final Money TOTAL = new Money(1998, "EUR");

	private static final Money NOTHING_PENDING = Money.zero("EUR");

	private final UUID orderId = UUID.randomUUID();

	private final Payment charge = charge(CaptureMethod.AUTOMATIC);

	@Test
	void newChargeIsPendingWithoutAttempts() {
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(this.charge.kind()).isEqualTo(PaymentKind.CHARGE);
		assertThat(this.charge.attempts()).isZero();
	}

	@Test
	void everyAttemptOfTheSameOrderChargeCarriesTheSameIdempotencyKey() {
		ChargeRequest first = this.charge.nextAttempt();
		ChargeRequest second = this.charge.nextAttempt();
		Payment another = charge(CaptureMethod.AUTOMATIC);

		assertThat(first.idempotencyKey()).isEqualTo("order-" + this.orderId + "-charge")
			.isEqualTo(second.idempotencyKey())
			.isEqualTo(another.nextAttempt().idempotencyKey());
		assertThat(first.amount()).isEqualTo(TOTAL);
		assertThat(first.paymentMethod()).isEqualTo("pm_card_visa");
		assertThat(first.captureMethod()).isEqualTo(CaptureMethod.AUTOMATIC);
		assertThat(this.charge.attempts()).isEqualTo(2);
	}

	@Test
	void successfulChargeSucceedsAndRecordsTheGatewayReference() {
		this.charge.nextAttempt();

		assertThat(this.charge.record(new ChargeOutcome.Succeeded("pi_123"), LATER))
			.contains(new PaymentEvent.Succeeded(this.charge.id(), this.orderId, TOTAL, "pi_123"));
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.charge.gatewayReference()).isEqualTo("pi_123");
		assertThat(this.charge.snapshot().updatedAt()).isEqualTo(LATER);
	}

	@Test
	void declinedChargeFailsWithTheDeclineCodeAndReason() {
		assertThat(this.charge.record(new ChargeOutcome.Declined("card_declined", "Your card was declined."), LATER))
			.contains(new PaymentEvent.Failed(this.charge.id(), this.orderId, TOTAL, "card_declined",
					"Your card was declined."));
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.charge.snapshot().failureCode()).isEqualTo("card_declined");
	}

	@Test
	void chargeThatNeedsAuthenticationWaitsThenSucceedsOnceWhenTheWebhookSaysSo() {
		assertThat(this.charge.record(new ChargeOutcome.RequiresAction("pi_3ds"), NOW))
			.contains(new PaymentEvent.ActionRequired(this.charge.id(), this.orderId, TOTAL, "pi_3ds"));
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);

		assertThat(this.charge.record(new ChargeOutcome.Succeeded("pi_3ds"), LATER))
			.contains(new PaymentEvent.Succeeded(this.charge.id(), this.orderId, TOTAL, "pi_3ds"));
		// Our own call's answer, or the webhook again: already known.
		assertThat(this.charge.record(new ChargeOutcome.Succeeded("pi_3ds"), LATER)).isEmpty();
		assertThat(this.charge.record(new ChargeOutcome.RequiresAction("pi_3ds"), LATER)).isEmpty();
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.SUCCEEDED);
	}

	@Test
	void failureReportedAfterTheSuccessOfALaterAttemptChangesNothing() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_1"), NOW);

		assertThat(this.charge.record(new ChargeOutcome.Declined("card_declined", "declined"), LATER)).isEmpty();
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.SUCCEEDED);
	}

	@Test
	void customerMayStillCompleteAPaymentThatFailedAndTheMoneyThenCounts() {
		this.charge.record(new ChargeOutcome.Declined("authentication_failed", "not authenticated"), NOW);

		assertThat(this.charge.record(new ChargeOutcome.Succeeded("pi_1"), LATER)).isPresent();
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.SUCCEEDED);
	}

	@Test
	void authorizedChargeHoldsTheMoneyUntilCapturedOnce() {
		Payment held = charge(CaptureMethod.MANUAL);
		assertThat(held.nextAttempt().captureMethod()).isEqualTo(CaptureMethod.MANUAL);

		assertThat(held.record(new ChargeOutcome.Authorized("pi_held"), NOW))
			.contains(new PaymentEvent.Authorized(held.id(), this.orderId, TOTAL, "pi_held"));
		CaptureRequest capture = held.nextCaptureAttempt();
		assertThat(capture.idempotencyKey()).isEqualTo("order-" + this.orderId + "-capture");
		assertThat(capture.chargeReference()).isEqualTo("pi_held");

		assertThat(held.captured(LATER)).contains(new PaymentEvent.Captured(held.id(), this.orderId, TOTAL, "pi_held"));
		assertThat(held.captured(LATER)).isEmpty();
		// Stripe's payment_intent.succeeded for the capture, after ours was recorded.
		assertThat(held.record(new ChargeOutcome.Succeeded("pi_held"), LATER)).isEmpty();
		assertThat(held.status()).isEqualTo(PaymentStatus.SUCCEEDED);
	}

	@Test
	void captureReportedByWebhookBeforeOurOwnAnswerIsTheCapture() {
		Payment held = charge(CaptureMethod.MANUAL);
		held.record(new ChargeOutcome.Authorized("pi_held"), NOW);

		assertThat(held.record(new ChargeOutcome.Succeeded("pi_held"), LATER))
			.containsInstanceOf(PaymentEvent.Captured.class);
		assertThat(held.captured(LATER)).isEmpty();
	}

	@Test
	void cancelledOrderReleasesAHoldAndSaysSo() {
		Payment held = charge(CaptureMethod.MANUAL);
		held.record(new ChargeOutcome.Authorized("pi_held"), NOW);
		held.markOrderCancelled(NOW);

		assertThat(held.compensationDue(NOTHING_PENDING)).isEqualTo(Payment.Compensation.CANCEL);
		assertThat(held.nextCancelAttempt("order cancelled").idempotencyKey())
			.isEqualTo("order-" + this.orderId + "-cancel");
		assertThat(held.cancelled("order cancelled", LATER)).contains(
				new PaymentEvent.AuthorizationCancelled(held.id(), this.orderId, TOTAL, "pi_held", "order cancelled"));
		assertThat(held.cancelled("order cancelled", LATER)).isEmpty();
		assertThat(held.compensationDue(NOTHING_PENDING)).isEqualTo(Payment.Compensation.NONE);
		assertThatThrownBy(() -> held.record(new ChargeOutcome.Succeeded("pi_held"), LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class);
	}

	@Test
	void chargeWaitingForTheCustomerIsCancelledWithoutAnEventBecauseNothingWasHeld() {
		this.charge.record(new ChargeOutcome.RequiresAction("pi_3ds"), NOW);

		assertThat(this.charge.compensationDue(NOTHING_PENDING)).isEqualTo(Payment.Compensation.CANCEL);
		this.charge.nextCancelAttempt("order cancelled");
		assertThat(this.charge.cancelled("order cancelled", LATER)).isEmpty();
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.CANCELED);
	}

	@Test
	void partialRefundsGiveBackUpToWhatWasTakenThenTheChargeIsRefunded() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_1"), NOW);

		Payment goodwill = this.charge.refund(UUID.randomUUID(), new Money(500, "EUR"), RefundTrigger.OPERATOR,
				"goodwill", "req-1", NOTHING_PENDING, NOW);
		assertThat(goodwill.nextRefundAttempt(this.charge).idempotencyKey())
			.isEqualTo("order-" + this.orderId + "-refund-req-1");
		goodwill.record(new RefundOutcome("re_1"), LATER);
		PaymentEvent.Refunded first = this.charge.applyRefund(goodwill, LATER);

		assertThat(first.amount()).isEqualTo(new Money(500, "EUR"));
		assertThat(first.refundedSoFar()).isEqualTo(new Money(500, "EUR"));
		assertThat(first.trigger()).isEqualTo(RefundTrigger.OPERATOR);
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
		assertThat(this.charge.refundable(NOTHING_PENDING)).isEqualTo(new Money(1498, "EUR"));

		Payment rest = this.charge.refund(UUID.randomUUID(), this.charge.refundable(NOTHING_PENDING),
				RefundTrigger.ORDER_CANCELLED, "order cancelled", null, NOTHING_PENDING, LATER);
		assertThat(rest.nextRefundAttempt(this.charge).idempotencyKey()).isEqualTo("order-" + this.orderId + "-refund");
		rest.record(new RefundOutcome("re_2"), LATER);

		assertThat(this.charge.applyRefund(rest, LATER).refundedSoFar()).isEqualTo(TOTAL);
		assertThat(this.charge.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.charge.refundable(NOTHING_PENDING)).isEqualTo(Money.zero("EUR"));
	}

	@Test
	void refundCannotExceedWhatIsLeftCountingRefundsOnTheirWay() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_1"), NOW);

		assertThatThrownBy(() -> this.charge.refund(UUID.randomUUID(), new Money(1999, "EUR"), RefundTrigger.OPERATOR,
				"too much", "req-1", NOTHING_PENDING, NOW))
			.isInstanceOf(RefundExceedsChargeException.class)
			.hasMessageContaining("1998 EUR left");
		assertThatThrownBy(() -> this.charge.refund(UUID.randomUUID(), new Money(1000, "EUR"), RefundTrigger.OPERATOR,
				"on top of a pending one", "req-2", new Money(1000, "EUR"), NOW))
			.isInstanceOf(RefundExceedsChargeException.class);
		assertThatThrownBy(() -> this.charge.refund(UUID.randomUUID(), new Money(100, "USD"), RefundTrigger.OPERATOR,
				"wrong currency", "req-3", NOTHING_PENDING, NOW))
			.isInstanceOf(RefundCurrencyMismatchException.class);
	}

	@Test
	void chargeThatTookNothingCannotBeRefunded() {
		Payment held = charge(CaptureMethod.MANUAL);
		held.record(new ChargeOutcome.Authorized("pi_held"), NOW);

		assertThatThrownBy(() -> held.refund(UUID.randomUUID(), new Money(1, "EUR"), RefundTrigger.OPERATOR, "goodwill",
				"req-1", NOTHING_PENDING, NOW))
			.isInstanceOf(IllegalPaymentTransitionException.class);
		assertThat(held.refundable(NOTHING_PENDING)).isEqualTo(Money.zero("EUR"));
	}

	@Test
	void cancelledOrderIsRefundedWhatIsLeftOnlyOnce() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_1"), NOW);
		this.charge.markOrderCancelled(NOW);

		assertThat(this.charge.compensationDue(NOTHING_PENDING)).isEqualTo(Payment.Compensation.REFUND);
		assertThat(this.charge.compensationDue(TOTAL)).isEqualTo(Payment.Compensation.NONE);
		assertThat(this.charge.isOrderCancelled()).isTrue();
	}

	@Test
	void refundIsRecordedOnceAndOnlyAgainstItsOwnCharge() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_1"), NOW);
		Payment refund = this.charge.refund(UUID.randomUUID(), TOTAL, RefundTrigger.ORDER_CANCELLED, "order cancelled",
				null, NOTHING_PENDING, NOW);
		Payment other = charge(CaptureMethod.AUTOMATIC);

		assertThatThrownBy(() -> refund.nextRefundAttempt(other)).isInstanceOf(IllegalArgumentException.class);
		refund.record(new RefundOutcome("re_1"), LATER);
		assertThatThrownBy(() -> refund.record(new RefundOutcome("re_2"), LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class);
	}

	@Test
	void snapshotRestoresTheSamePayment() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_1"), NOW);
		this.charge.markOrderCancelled(LATER);

		assertThat(Payment.restore(this.charge.snapshot()).snapshot()).isEqualTo(this.charge.snapshot());
	}

	private Payment charge(CaptureMethod captureMethod) {
		return Payment.charge(UUID.randomUUID(), this.orderId, TOTAL, "pm_card_visa", captureMethod, this.orderId, NOW);
	}

}

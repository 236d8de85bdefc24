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

	private final UUID orderId = UUID.randomUUID();

	private final Payment payment = Payment.charge(UUID.randomUUID(), this.orderId, new Money(1998, "EUR"),
			"pm_card_visa", NOW);

	@Test
	void newChargeIsPendingWithoutAttempts() {
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(this.payment.kind()).isEqualTo(PaymentKind.CHARGE);
		assertThat(this.payment.attempts()).isZero();
	}

	@Test
	void everyAttemptOfTheSameOrderChargeCarriesTheSameIdempotencyKey() {
		ChargeRequest first = this.payment.nextAttempt();
		ChargeRequest second = this.payment.nextAttempt();
		Payment another = Payment.charge(UUID.randomUUID(), this.orderId, new Money(1998, "EUR"), "pm_card_visa", NOW);

		assertThat(first.idempotencyKey()).isEqualTo("order-" + this.orderId + "-charge")
			.isEqualTo(second.idempotencyKey())
			.isEqualTo(another.nextAttempt().idempotencyKey());
		assertThat(first.amount()).isEqualTo(new Money(1998, "EUR"));
		assertThat(first.paymentMethod()).isEqualTo("pm_card_visa");
		assertThat(this.payment.attempts()).isEqualTo(2);
	}

	@Test
	void successfulChargeSucceedsAndRecordsTheGatewayReference() {
		this.payment.nextAttempt();

		PaymentEvent event = this.payment.record(new ChargeOutcome.Succeeded("pi_123"), LATER);

		assertThat(event)
			.isEqualTo(new PaymentEvent.Succeeded(this.payment.id(), this.orderId, new Money(1998, "EUR"), "pi_123"));
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.payment.snapshot().gatewayReference()).isEqualTo("pi_123");
		assertThat(this.payment.snapshot().updatedAt()).isEqualTo(LATER);
	}

	@Test
	void declinedChargeFailsWithTheDeclineCodeAndReason() {
		this.payment.nextAttempt();

		PaymentEvent event = this.payment.record(new ChargeOutcome.Declined("card_declined", "Your card was declined."),
				LATER);

		assertThat(event).isEqualTo(new PaymentEvent.Failed(this.payment.id(), this.orderId, new Money(1998, "EUR"),
				"card_declined", "Your card was declined."));
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.payment.snapshot().failureCode()).isEqualTo("card_declined");
		assertThat(this.payment.snapshot().gatewayReference()).isNull();
	}

	@Test
	void settledPaymentCannotBeSettledAgainNorAttemptedAgain() {
		this.payment.succeed("pi_123", LATER);

		assertThatThrownBy(() -> this.payment.fail("card_declined", "declined", LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessageContaining("SUCCEEDED to FAILED");
		assertThatThrownBy(() -> this.payment.succeed("pi_456", LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class);
		assertThatThrownBy(this.payment::nextAttempt).isInstanceOf(IllegalPaymentTransitionException.class);
		assertThat(this.payment.snapshot().gatewayReference()).isEqualTo("pi_123");
	}

	@Test
	void failedPaymentIsFinal() {
		this.payment.fail("insufficient_funds", "Your card has insufficient funds.", LATER);

		assertThatThrownBy(() -> this.payment.succeed("pi_123", LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessageContaining("FAILED to SUCCEEDED");
	}

	@Test
	void succeededChargeIsRefundedInFullToTheSamePaymentMethod() {
		this.payment.nextAttempt();
		this.payment.succeed("pi_123", LATER);
		UUID refundId = UUID.randomUUID();

		Payment refund = this.payment.refundInFull(refundId, "order cancelled: out of stock", LATER);
		RefundRequest request = refund.nextRefundAttempt(this.payment);
		PaymentEvent.Refunded refunded = refund.record(new RefundOutcome("re_456"), LATER);
		this.payment.markRefunded(refunded, LATER);

		assertThat(request).isEqualTo(new RefundRequest(refundId, this.payment.id(), this.orderId, "pi_123",
				new Money(1998, "EUR"), "order cancelled: out of stock", "order-" + this.orderId + "-refund"));
		assertThat(refunded).isEqualTo(new PaymentEvent.Refunded(this.payment.id(), refundId, this.orderId,
				new Money(1998, "EUR"), "re_456", "order cancelled: out of stock"));
		assertThat(refund.kind()).isEqualTo(PaymentKind.REFUND);
		assertThat(refund.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(refund.attempts()).isEqualTo(1);
		assertThat(refund.snapshot().refundOf()).isEqualTo(this.payment.id());
		assertThat(refund.snapshot().paymentMethod()).isEqualTo("pm_card_visa");
		assertThat(refund.snapshot().gatewayReference()).isEqualTo("re_456");
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.payment.isRefundable()).isFalse();
		assertThat(this.payment.snapshot().gatewayReference()).isEqualTo("pi_123");
	}

	@Test
	void refundedChargeCannotBeRefundedAgain() {
		this.payment.succeed("pi_123", LATER);
		Payment refund = this.payment.refundInFull(UUID.randomUUID(), "order cancelled", LATER);
		PaymentEvent.Refunded refunded = refund.record(new RefundOutcome("re_456"), LATER);
		this.payment.markRefunded(refunded, LATER);

		assertThatThrownBy(() -> this.payment.refundInFull(UUID.randomUUID(), "again", LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessageContaining("REFUNDED to REFUNDED");
		assertThatThrownBy(() -> this.payment.markRefunded(refunded, LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class);
		assertThatThrownBy(() -> refund.record(new RefundOutcome("re_789"), LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessageContaining("SUCCEEDED to SUCCEEDED");
		assertThatThrownBy(() -> refund.nextRefundAttempt(this.payment))
			.isInstanceOf(IllegalPaymentTransitionException.class);
	}

	@Test
	void chargeThatTookNoMoneyCannotBeRefunded() {
		assertThat(this.payment.isRefundable()).isFalse();
		assertThatThrownBy(() -> this.payment.refundInFull(UUID.randomUUID(), "order cancelled", LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessageContaining("PENDING to REFUNDED");

		this.payment.fail("card_declined", "Your card was declined.", LATER);

		assertThat(this.payment.isRefundable()).isFalse();
		assertThatThrownBy(() -> this.payment.refundInFull(UUID.randomUUID(), "order cancelled", LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessageContaining("FAILED to REFUNDED");
		assertThatThrownBy(() -> this.payment.markRefunded(new PaymentEvent.Refunded(this.payment.id(),
				UUID.randomUUID(), this.orderId, new Money(1998, "EUR"), "re_456", "order cancelled"), LATER))
			.isInstanceOf(IllegalPaymentTransitionException.class);
	}

	@Test
	void chargeIsOnlyMarkedRefundedByAFullRefundOfItself() {
		this.payment.succeed("pi_123", LATER);

		assertThatThrownBy(() -> this.payment.markRefunded(new PaymentEvent.Refunded(UUID.randomUUID(),
				UUID.randomUUID(), this.orderId, new Money(1998, "EUR"), "re_456", "order cancelled"), LATER))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.payment.markRefunded(new PaymentEvent.Refunded(this.payment.id(),
				UUID.randomUUID(), this.orderId, new Money(1000, "EUR"), "re_456", "order cancelled"), LATER))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only full refunds");
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
	}

	@Test
	void refundIsNeitherChargedNorRefundedItself() {
		this.payment.succeed("pi_123", LATER);
		Payment refund = this.payment.refundInFull(UUID.randomUUID(), "order cancelled", LATER);
		Payment otherCharge = Payment.charge(UUID.randomUUID(), this.orderId, new Money(1998, "EUR"), "pm_card_visa",
				NOW);

		assertThatThrownBy(refund::nextAttempt).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> refund.succeed("pi_456", LATER)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> refund.refundInFull(UUID.randomUUID(), "again", LATER))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> refund.nextRefundAttempt(otherCharge)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.payment.record(new RefundOutcome("re_456"), LATER))
			.isInstanceOf(IllegalStateException.class);
		assertThat(refund.status()).isEqualTo(PaymentStatus.PENDING);
	}

	@Test
	void refundNeedsAReason() {
		this.payment.succeed("pi_123", LATER);

		assertThatThrownBy(() -> this.payment.refundInFull(UUID.randomUUID(), " ", LATER))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void restoredRefundIsTheSameAsTheStoredOne() {
		this.payment.succeed("pi_123", LATER);
		Payment refund = this.payment.refundInFull(UUID.randomUUID(), "order cancelled", LATER);
		refund.nextRefundAttempt(this.payment);
		refund.record(new RefundOutcome("re_456"), LATER);

		assertThat(Payment.restore(refund.snapshot()).snapshot()).isEqualTo(refund.snapshot());
	}

	@Test
	void chargeNeedsAPaymentMethod() {
		assertThatThrownBy(() -> Payment.charge(UUID.randomUUID(), this.orderId, new Money(1, "EUR"), " ", NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void restoredPaymentIsTheSameAsTheStoredOne() {
		this.payment.nextAttempt();
		this.payment.succeed("pi_123", LATER);

		Payment restored = Payment.restore(this.payment.snapshot());

		assertThat(restored.snapshot()).isEqualTo(this.payment.snapshot());
	}

}

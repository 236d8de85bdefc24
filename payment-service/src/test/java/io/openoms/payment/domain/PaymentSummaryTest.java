package io.openoms.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentSummaryTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	private static final Money TOTAL = new Money(1998, "EUR");

	private static final Money ZERO = Money.zero("EUR");

	private final UUID orderId = UUID.randomUUID();

	private final Payment charge = charge(CaptureMethod.AUTOMATIC);

	@Test
	void succeededChargeIsKeptInFull() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_123"), NOW);

		PaymentSummary summary = PaymentSummary.of(this.orderId, List.of(this.charge)).orElseThrow();

		assertThat(summary).isEqualTo(new PaymentSummary(this.orderId, TOTAL, ZERO, ZERO));
		assertThat(summary.net()).isEqualTo(TOTAL);
	}

	@Test
	void authorizedChargeHoldsTheMoneyButTookNothing() {
		Payment held = charge(CaptureMethod.MANUAL);
		held.record(new ChargeOutcome.Authorized("pi_123"), NOW);

		PaymentSummary summary = PaymentSummary.of(this.orderId, List.of(held)).orElseThrow();

		assertThat(summary).isEqualTo(new PaymentSummary(this.orderId, ZERO, TOTAL, ZERO));
		assertThat(summary.net()).isEqualTo(ZERO);
	}

	@Test
	void refundedChargeWasTakenAndGivenBackSoNothingIsKept() {
		this.charge.record(new ChargeOutcome.Succeeded("pi_123"), NOW);
		Payment refund = this.charge.refund(UUID.randomUUID(), TOTAL, RefundTrigger.ORDER_CANCELLED, "order cancelled",
				null, ZERO, NOW);
		refund.record(new RefundOutcome("re_456"), NOW);
		this.charge.applyRefund(refund, NOW);

		PaymentSummary summary = PaymentSummary.of(this.orderId, List.of(this.charge, refund)).orElseThrow();

		assertThat(summary).isEqualTo(new PaymentSummary(this.orderId, TOTAL, ZERO, TOTAL));
		assertThat(summary.net()).isEqualTo(ZERO);
	}

	@Test
	void declinedOrPendingPaymentsMovedNothing() {
		Payment pending = charge(CaptureMethod.AUTOMATIC);
		this.charge.record(new ChargeOutcome.Declined("card_declined", "Your card was declined."), NOW);

		assertThat(PaymentSummary.of(this.orderId, List.of(this.charge)))
			.contains(new PaymentSummary(this.orderId, ZERO, ZERO, ZERO));
		assertThat(PaymentSummary.of(this.orderId, List.of(pending)))
			.contains(new PaymentSummary(this.orderId, ZERO, ZERO, ZERO));
	}

	@Test
	void orderWithoutPaymentsHasNoSummary() {
		assertThat(PaymentSummary.of(this.orderId, List.of())).isEmpty();
	}

	private Payment charge(CaptureMethod captureMethod) {
		return Payment.charge(UUID.randomUUID(), this.orderId, TOTAL, "pm_card_visa", captureMethod, this.orderId, NOW);
	}

}

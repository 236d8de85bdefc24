package io.openoms.payment.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.openoms.contracts.Money;
import io.openoms.payment.application.PaymentGatewayException;
import io.openoms.payment.domain.CancelOutcome;
import io.openoms.payment.domain.CancelRequest;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.CaptureRequest;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedPaymentGatewayTest {

	private final SimulatedPaymentGateway gateway = new SimulatedPaymentGateway();

	@ParameterizedTest
	@CsvSource({ "pm_card_visa", "pm_card_mastercard", "pm_card_amex" })
	void testCardsSucceedWithASimulatedPaymentIntent(String method) {
		ChargeOutcome outcome = this.gateway.charge(request(method, "order-1-charge"));

		assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Succeeded.class,
				(succeeded) -> assertThat(succeeded.gatewayReference()).matches("pi_sim_[0-9a-f-]{36}"));
	}

	@ParameterizedTest
	@CsvSource({ "pm_card_chargeDeclined, card_declined", "pm_card_chargeDeclinedInsufficientFunds, insufficient_funds",
			"pm_card_chargeDeclinedExpiredCard, expired_card", "pm_card_chargeDeclinedIncorrectCvc, incorrect_cvc",
			"tok_something_else, payment_method_unknown" })
	void declineTestCardsAreDeclinedWithStripesCode(String method, String code) {
		ChargeOutcome outcome = this.gateway.charge(request(method, "order-1-charge"));

		assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Declined.class, (declined) -> {
			assertThat(declined.code()).isEqualTo(code);
			assertThat(declined.message()).isNotBlank();
		});
	}

	@Test
	void authenticationTestCardWaitsForTheCustomer() {
		ChargeOutcome outcome = this.gateway.charge(request("pm_card_authenticationRequired", "order-1-charge"));

		assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.RequiresAction.class,
				(action) -> assertThat(action.gatewayReference()).matches("pi_sim_[0-9a-f-]{36}"));
	}

	@Test
	void manualCaptureHoldsTheMoneyThenCapturesOrReleasesIt() {
		ChargeOutcome outcome = this.gateway.charge(new ChargeRequest(UUID.randomUUID(), UUID.randomUUID(),
				new Money(1000, "EUR"), "pm_card_visa", CaptureMethod.MANUAL, "order-1-charge"));

		assertThat(outcome).isInstanceOf(ChargeOutcome.Authorized.class);
		this.gateway.capture(new CaptureRequest(UUID.randomUUID(), UUID.randomUUID(), outcome.gatewayReference(),
				new Money(1000, "EUR"), "order-1-capture"));
		assertThat(this.gateway.cancel(new CancelRequest(UUID.randomUUID(), UUID.randomUUID(),
				outcome.gatewayReference(), "order cancelled", "order-1-cancel")))
			.isEqualTo(new CancelOutcome.Cancelled());
	}

	@Test
	void sameIdempotencyKeyGivesTheSameChargeAndAnotherKeyAnother() {
		ChargeOutcome first = this.gateway.charge(request("pm_card_visa", "order-1-charge"));
		ChargeOutcome again = this.gateway.charge(request("pm_card_visa", "order-1-charge"));
		ChargeOutcome other = this.gateway.charge(request("pm_card_visa", "order-2-charge"));

		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void refundOfASimulatedChargeSucceedsWithAReferenceDerivedFromTheIdempotencyKey() {
		RefundOutcome first = this.gateway.refund(refund("pi_sim_1", "order-1-refund"));
		RefundOutcome again = this.gateway.refund(refund("pi_sim_1", "order-1-refund"));
		RefundOutcome other = this.gateway.refund(refund("pi_sim_2", "order-2-refund"));

		assertThat(first.gatewayReference()).matches("re_sim_[0-9a-f-]{36}");
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void refundOfAChargeTheGatewayNeverMadeIsAnError() {
		assertThatThrownBy(() -> this.gateway.refund(refund("pi_unknown", "order-1-refund")))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("No such payment_intent");
	}

	private static RefundRequest refund(String chargeReference, String idempotencyKey) {
		return new RefundRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), chargeReference,
				new Money(1000, "EUR"), "order cancelled", idempotencyKey);
	}

	private static ChargeRequest request(String method, String idempotencyKey) {
		return new ChargeRequest(UUID.randomUUID(), UUID.randomUUID(), new Money(1000, "EUR"), method,
				CaptureMethod.AUTOMATIC, idempotencyKey);
	}

}

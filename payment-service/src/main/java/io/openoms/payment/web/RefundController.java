package io.openoms.payment.web;

import java.net.URI;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.application.FindPayments;
import io.openoms.payment.application.RefundCommand;
import io.openoms.payment.application.RefundPayment;
import io.openoms.payment.domain.Payment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Operators give back part or all of an order's money: a goodwill refund, a missing item.
 * A cancelled order is refunded by itself; this is for orders that go on. Every request
 * carries an {@code Idempotency-Key}: sent again (after a timeout), it refunds once and
 * answers with the same refund.
 */
@RestController
class RefundController {

	private final RefundPayment refundPayment;

	private final FindPayments findPayments;

	RefundController(RefundPayment refundPayment, FindPayments findPayments) {
		this.refundPayment = refundPayment;
		this.findPayments = findPayments;
	}

	@PostMapping("/api/refunds")
	ResponseEntity<PaymentResponse> refund(
			@RequestHeader("Idempotency-Key") @NotBlank @Size(max = 100) String idempotencyKey,
			@Valid @RequestBody RefundBody body) {
		Payment refund = this.refundPayment.refund(new RefundCommand(body.orderId(),
				new Money(body.amount().amountMinor(), body.amount().currency()), body.reason(), idempotencyKey));
		return ResponseEntity.created(URI.create("/api/payments?orderId=" + refund.orderId()))
			.body(PaymentResponse.of(refund, this.findPayments.attemptsOf(refund.orderId())));
	}

	/**
	 * An operator's refund.
	 *
	 * @param orderId the order whose charge gives the money back
	 * @param amount how much, at most what the charge has left to refund
	 * @param reason why, kept with the refund and sent to the gateway
	 */
	record RefundBody(@NotNull UUID orderId, @NotNull @Valid Amount amount, @NotBlank @Size(max = 500) String reason) {
	}

	/**
	 * An amount of money in the currency's minor units (cents).
	 *
	 * @param amountMinor a positive whole number of minor units
	 * @param currency the charge's ISO 4217 currency, for example {@code EUR}
	 */
	record Amount(@Positive long amountMinor, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
	}

}

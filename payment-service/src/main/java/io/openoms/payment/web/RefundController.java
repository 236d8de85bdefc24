package io.openoms.payment.web;

import java.net.URI;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.application.FindPayments;
import io.openoms.payment.application.RefundCommand;
import io.openoms.payment.application.RefundPayment;
import io.openoms.payment.domain.Payment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Refunds")
class RefundController {

	private final RefundPayment refundPayment;

	private final FindPayments findPayments;

	RefundController(RefundPayment refundPayment, FindPayments findPayments) {
		this.refundPayment = refundPayment;
		this.findPayments = findPayments;
	}

	@PostMapping("/api/refunds")
	@Operation(operationId = "refund", summary = "Refund part or all of an order's charge",
			description = "For orders that go on (a cancelled order is refunded by itself). The same "
					+ "`Idempotency-Key` sent again refunds once and answers the same refund.")
	@ApiResponse(responseCode = "201", description = "Refunded")
	@ApiResponse(responseCode = "404", description = "The order has no charge (`payments-not-found`)")
	@ApiResponse(responseCode = "409",
			description = "More than the charge has left to refund (`refund-exceeds-charge`), or the charge "
					+ "cannot be refunded now (`payment-state-conflict`)")
	@ApiResponse(responseCode = "422",
			description = "The `Idempotency-Key` was used for another refund (`idempotency-key-reused`), or the "
					+ "gateway refused (`refund-refused`)")
	@ApiResponse(responseCode = "503",
			description = "The gateway did not answer (`payment-gateway-unavailable`): send the same request again")
	ResponseEntity<PaymentResponse> refund(@Parameter(
			description = "Makes the refund idempotent: the same key refunds once and answers the same "
					+ "refund; used for another refund, 422.",
			example = "refund-7f3a2c") @RequestHeader("Idempotency-Key") @NotBlank @Size(
					max = 100) String idempotencyKey,
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

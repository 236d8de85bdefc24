package io.openoms.payment.web;

import java.util.List;
import java.util.UUID;

import io.openoms.payment.application.FindPayments;
import io.openoms.payment.domain.GatewayAttempt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets operators see how an order was paid and refunded. Payments are only ever made by
 * events, never by this API.
 */
@RestController
@Tag(name = "Payments")
@RequestMapping("/api/payments")
class PaymentController {

	private final FindPayments findPayments;

	PaymentController(FindPayments findPayments) {
		this.findPayments = findPayments;
	}

	@GetMapping
	@Operation(operationId = "listPayments", summary = "An order's payments",
			description = "Charges and refunds of the order, each with its gateway attempts.")
	@ApiResponse(responseCode = "200", description = "The payments")
	@ApiResponse(responseCode = "404", description = "The order has no payments (`payments-not-found`)")
	List<PaymentResponse> ofOrder(@RequestParam UUID orderId) {
		List<GatewayAttempt> attempts = this.findPayments.attemptsOf(orderId);
		return this.findPayments.ofOrder(orderId)
			.stream()
			.map((payment) -> PaymentResponse.of(payment, attempts))
			.toList();
	}

	@GetMapping("/summary")
	@Operation(operationId = "paymentSummary", summary = "What an order was charged and refunded")
	@ApiResponse(responseCode = "200", description = "Charged, authorized, refunded and net amounts")
	@ApiResponse(responseCode = "404", description = "The order has no payments (`payments-not-found`)")
	PaymentSummaryResponse summaryOf(@RequestParam UUID orderId) {
		return PaymentSummaryResponse.of(this.findPayments.summaryOf(orderId));
	}

}

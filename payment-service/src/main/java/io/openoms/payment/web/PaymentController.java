package io.openoms.payment.web;

import java.util.List;
import java.util.UUID;

import io.openoms.payment.application.FindPayments;
import io.openoms.payment.domain.GatewayAttempt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets operators see how an order was paid and refunded. Payments are only ever made by
 * events, never by this API.
 */
@RestController
@RequestMapping("/api/payments")
class PaymentController {

	private final FindPayments findPayments;

	PaymentController(FindPayments findPayments) {
		this.findPayments = findPayments;
	}

	@GetMapping
	List<PaymentResponse> ofOrder(@RequestParam UUID orderId) {
		List<GatewayAttempt> attempts = this.findPayments.attemptsOf(orderId);
		return this.findPayments.ofOrder(orderId)
			.stream()
			.map((payment) -> PaymentResponse.of(payment, attempts))
			.toList();
	}

	@GetMapping("/summary")
	PaymentSummaryResponse summaryOf(@RequestParam UUID orderId) {
		return PaymentSummaryResponse.of(this.findPayments.summaryOf(orderId));
	}

}

package io.openoms.payment.web;

import java.time.Duration;
import java.util.List;

import io.openoms.payment.application.InvalidGatewayNotificationException;
import io.openoms.payment.application.NoPaymentsException;
import io.openoms.payment.application.PaymentGatewayUnavailableException;
import io.openoms.payment.application.PaymentNotFoundException;
import io.openoms.payment.application.RefundRefusedException;
import io.openoms.payment.application.RequestKeyReusedException;
import io.openoms.payment.domain.IllegalPaymentTransitionException;
import io.openoms.payment.domain.RefundCurrencyMismatchException;
import io.openoms.payment.domain.RefundExceedsChargeException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * payment-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here unknown orders and payments (404), refunds that do not fit the charge (409, 422),
 * webhook calls that do not verify (400) and a gateway that could not be reached (503).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	@ExceptionHandler(NoPaymentsException.class)
	ProblemDetail noPayments(NoPaymentsException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "payments-not-found", "No payments for this order",
				ex.getMessage());
		problem.setProperty("orderId", ex.orderId());
		return problem;
	}

	@ExceptionHandler(PaymentNotFoundException.class)
	ProblemDetail paymentNotFound(PaymentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "payment-not-found", "No such payment", ex.getMessage());
	}

	@ExceptionHandler(RefundExceedsChargeException.class)
	ProblemDetail refundExceedsCharge(RefundExceedsChargeException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "refund-exceeds-charge",
				"The refund is larger than what is left to refund", ex.getMessage());
		problem.setProperty("paymentId", ex.paymentId());
		problem.setProperty("requested", ex.requested());
		problem.setProperty("refundable", ex.refundable());
		return problem;
	}

	@ExceptionHandler(RefundCurrencyMismatchException.class)
	ProblemDetail refundCurrencyMismatch(RefundCurrencyMismatchException ex) {
		ProblemDetail problem = invalidInput(HttpStatus.BAD_REQUEST,
				List.of(new FieldProblem("amount.currency", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler(IllegalPaymentTransitionException.class)
	ProblemDetail illegalTransition(IllegalPaymentTransitionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "payment-state-conflict",
				"The payment cannot do this in its state",
				"Payment " + ex.paymentId() + " is " + ex.from() + ": it cannot move to " + ex.to()
						+ ". Only money a charge took can be refunded; "
						+ "a payment that is only authorized is released by cancelling the order.");
		problem.setProperty("paymentId", ex.paymentId());
		problem.setProperty("paymentStatus", ex.from());
		return problem;
	}

	@ExceptionHandler(RequestKeyReusedException.class)
	ProblemDetail requestKeyReused(RequestKeyReusedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"The Idempotency-Key was used for another request", ex.getMessage());
	}

	@ExceptionHandler(RefundRefusedException.class)
	ProblemDetail refundRefused(RefundRefusedException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "refund-refused",
				"The payment gateway refused the refund", ex.getMessage());
		problem.setProperty("refundId", ex.refundId());
		return problem;
	}

	@ExceptionHandler(InvalidGatewayNotificationException.class)
	ProblemDetail invalidWebhook(InvalidGatewayNotificationException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-webhook", "The webhook call could not be verified",
				ex.getMessage());
	}

	/** Whether the money moved is unknown: the same request, sent again, finds out. */
	@ExceptionHandler(PaymentGatewayUnavailableException.class)
	ResponseEntity<ProblemDetail> gatewayUnavailable(PaymentGatewayUnavailableException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "payment-gateway-unavailable",
				"The payment gateway could not be reached",
				ex.getMessage() + " Send the same request with the same Idempotency-Key again.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Duration.ofSeconds(30).toSeconds()))
			.body(problem);
	}

}

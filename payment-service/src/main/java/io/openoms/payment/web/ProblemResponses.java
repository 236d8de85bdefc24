package io.openoms.payment.web;

import io.openoms.payment.application.NoPaymentsException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * payment-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here an order without payments (404).
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

}

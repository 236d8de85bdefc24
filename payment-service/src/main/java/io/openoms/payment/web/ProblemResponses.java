package io.openoms.payment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.openoms.payment.application.NoPaymentsException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem: a stable type URI, a title, a detail that
 * says what to fix and, for invalid input, an {@code errors} list naming each invalid
 * parameter.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	static final String PROBLEM_BASE = "https://openoms.io/problems/";

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalidInput(ex.getParameterName(), "is required"));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return ResponseEntity.badRequest().body(invalidInput(name, "must be a " + expected + ", was " + ex.getValue()));
	}

	@ExceptionHandler(NoPaymentsException.class)
	ResponseEntity<ProblemDetail> noPayments(NoPaymentsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(URI.create(PROBLEM_BASE + "payments-not-found"));
		problem.setTitle("No payments for this order");
		problem.setProperty("orderId", ex.orderId());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private static ProblemDetail invalidInput(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"1 field(s) need a fix: " + field);
		problem.setType(URI.create(PROBLEM_BASE + "invalid-input"));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}

package io.openoms.order.web;

import java.util.List;

import io.openoms.order.application.IdempotencyKeyReusedException;
import io.openoms.order.application.InvalidOrderException;
import io.openoms.order.application.OrderNotFoundException;
import io.openoms.order.application.PlaceOrderCommand;
import io.openoms.order.application.catalog.ProductExistsException;
import io.openoms.order.application.catalog.ProductNotFoundException;
import io.openoms.order.application.customer.CustomerNotFoundException;
import io.openoms.order.application.pricing.PricingRuleNotFoundException;
import io.openoms.order.domain.IllegalOrderTransitionException;
import io.openoms.order.domain.OrderHoldException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * order-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here an order that cannot be placed (400 or 422), an Idempotency-Key reused for another
 * request (422), a body too large (413), an unknown order, product, pricing rule or
 * customer (404), a product that exists already and a move the order cannot make (409).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	/**
	 * A request that breaks the request's rules (a missing field, a quantity of zero) is
	 * 400; a well-formed one that cannot be placed (an unknown SKU) is 422.
	 */
	@ExceptionHandler(InvalidOrderException.class)
	ProblemDetail invalidOrder(InvalidOrderException ex) {
		return invalidInput(ex.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
				ex.violations()
					.stream()
					.map((violation) -> new FieldProblem(violation.field(), violation.message()))
					.toList());
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"Idempotency-Key used for a different request", ex.getMessage());
		problem.setProperty("orderId", ex.orderId());
		return problem;
	}

	@ExceptionHandler(RequestBodyLimit.RequestBodyTooLargeException.class)
	ProblemDetail tooLarge(RequestBodyLimit.RequestBodyTooLargeException ex) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request body too large",
				ex.getMessage() + ": an order has at most " + PlaceOrderCommand.MAX_LINES + " lines");
		problem.setProperty("maxBytes", ex.maxBytes());
		return problem;
	}

	/** A chunked body that grew too large while it was read is 413, not 400. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimit.RequestBodyTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@ExceptionHandler(OrderCursor.InvalidCursorException.class)
	ProblemDetail invalidCursor(OrderCursor.InvalidCursorException ex) {
		return invalidInput(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("cursor", ex.getMessage())));
	}

	@ExceptionHandler(OrderHoldException.class)
	ProblemDetail cannotHold(OrderHoldException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "order-cannot-be-held", "Order cannot be held",
				ex.getMessage());
		problem.setProperty("orderStatus", ex.status().name());
		return problem;
	}

	@ExceptionHandler(OrderNotFoundException.class)
	ProblemDetail notFound(OrderNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage());
	}

	@ExceptionHandler(IllegalOrderTransitionException.class)
	ProblemDetail illegalTransition(IllegalOrderTransitionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "illegal-transition", "Order cannot make this move",
				ex.getMessage());
		problem.setProperty("orderStatus", ex.from().name());
		return problem;
	}

	@ExceptionHandler(ProductNotFoundException.class)
	ProblemDetail productNotFound(ProductNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex.getMessage());
	}

	@ExceptionHandler(ProductExistsException.class)
	ProblemDetail productExists(ProductExistsException ex) {
		return problem(HttpStatus.CONFLICT, "product-exists", "Product exists already", ex.getMessage());
	}

	@ExceptionHandler(PricingRuleNotFoundException.class)
	ProblemDetail pricingRuleNotFound(PricingRuleNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "pricing-rule-not-found", "Pricing rule not found", ex.getMessage());
	}

	@ExceptionHandler(CustomerNotFoundException.class)
	ProblemDetail customerNotFound(CustomerNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "customer-not-found", "Customer not found", ex.getMessage());
	}

}

package io.openoms.order.web;

import io.openoms.order.application.InvalidOrderException;
import io.openoms.order.application.OrderNotFoundException;
import io.openoms.order.application.catalog.ProductExistsException;
import io.openoms.order.application.catalog.ProductNotFoundException;
import io.openoms.order.application.customer.CustomerNotFoundException;
import io.openoms.order.application.pricing.PricingRuleNotFoundException;
import io.openoms.order.domain.IllegalOrderTransitionException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * order-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here an order that cannot be placed (422), an unknown order (404) and a move the order
 * cannot make (409).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	@ExceptionHandler(InvalidOrderException.class)
	ProblemDetail invalidOrder(InvalidOrderException ex) {
		return invalidInput(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.violations()
					.stream()
					.map((violation) -> new FieldProblem(violation.field(), violation.message()))
					.toList());
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

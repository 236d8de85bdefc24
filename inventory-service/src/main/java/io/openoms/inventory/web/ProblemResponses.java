package io.openoms.inventory.web;

import java.util.List;

import io.openoms.inventory.application.UnknownSkuException;
import io.openoms.inventory.application.UnknownWarehouseException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * inventory-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here a receipt for an unknown warehouse (422) and an unknown SKU (404).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	@Override
	protected String unknownFieldMessage() {
		return "unknown field: a receipt has warehouse, quantity and reference";
	}

	@ExceptionHandler(UnknownWarehouseException.class)
	ProblemDetail unknownWarehouse(UnknownWarehouseException ex) {
		return invalidInput(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldProblem("warehouse", ex.getMessage())));
	}

	@ExceptionHandler(UnknownSkuException.class)
	ProblemDetail unknownSku(UnknownSkuException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown-sku", "Unknown SKU", ex.getMessage());
		problem.setProperty("sku", ex.sku());
		return problem;
	}

}

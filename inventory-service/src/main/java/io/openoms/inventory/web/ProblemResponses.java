package io.openoms.inventory.web;

import java.util.List;

import io.openoms.inventory.application.AdjustStock;
import io.openoms.inventory.application.UnknownSkuException;
import io.openoms.inventory.application.UnknownWarehouseException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * inventory-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here an unknown warehouse (422), an unknown SKU (404), an adjustment of zero (400) and
 * one that would take reserved units away (409).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	@Override
	protected String unknownFieldMessage() {
		return "unknown field: the fields of each request are listed in docs/services/inventory-service.md";
	}

	@ExceptionHandler(InvalidAdjustmentException.class)
	ProblemDetail invalidAdjustment(InvalidAdjustmentException ex) {
		return invalidInput(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("quantity", ex.getMessage())));
	}

	@ExceptionHandler(AdjustStock.AdjustmentRefusedException.class)
	ProblemDetail adjustmentRefused(AdjustStock.AdjustmentRefusedException ex) {
		return problem(HttpStatus.CONFLICT, "adjustment-refused", "Adjustment refused", ex.getMessage());
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

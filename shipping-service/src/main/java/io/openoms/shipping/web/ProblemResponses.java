package io.openoms.shipping.web;

import io.openoms.shipping.application.ShipmentNotFoundException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * shipping-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here an unknown shipment (404).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	@ExceptionHandler(ShipmentNotFoundException.class)
	ProblemDetail notFound(ShipmentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "shipment-not-found", "Shipment not found", ex.getMessage());
	}

}

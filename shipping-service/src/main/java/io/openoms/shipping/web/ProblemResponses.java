package io.openoms.shipping.web;

import io.openoms.shipping.application.ShipmentNotFoundException;
import io.openoms.shipping.application.UnknownShipmentException;
import io.openoms.web.ProblemResponsesSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * shipping-service's problems: invalid input comes from {@link ProblemResponsesSupport};
 * here an unknown shipment (404), and the carrier webhook's refusals: an unknown carrier
 * (404), a missing or wrong signature (401), a tracking number of no shipment (422).
 */
@RestControllerAdvice
class ProblemResponses extends ProblemResponsesSupport {

	@ExceptionHandler(ShipmentNotFoundException.class)
	ProblemDetail notFound(ShipmentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "shipment-not-found", "Shipment not found", ex.getMessage());
	}

	@ExceptionHandler(WebhookSignatures.UnknownCarrierException.class)
	ProblemDetail unknownCarrier(WebhookSignatures.UnknownCarrierException ex) {
		return problem(HttpStatus.NOT_FOUND, "unknown-carrier", "Unknown carrier", ex.getMessage());
	}

	@ExceptionHandler(WebhookSignatures.InvalidSignatureException.class)
	ProblemDetail invalidSignature(WebhookSignatures.InvalidSignatureException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "invalid-signature", "Invalid webhook signature", ex.getMessage());
	}

	@ExceptionHandler(UnknownShipmentException.class)
	ProblemDetail unknownShipment(UnknownShipmentException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-shipment", "Unknown shipment",
				ex.getMessage() + "; nothing was recorded");
	}

}

package io.openoms.inventory.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.openoms.inventory.application.UnknownSkuException;
import io.openoms.inventory.application.UnknownWarehouseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error into an RFC 9457 problem: a stable type URI, a title, a detail that
 * says what to fix and, for invalid input, an {@code errors} list naming each invalid
 * field.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	static final String PROBLEM_BASE = "https://openoms.io/problems/";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalidInput(HttpStatus.BAD_REQUEST, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors body) {
				// A validated request body: name its fields, not the method parameter.
				body.getFieldErrors()
					.forEach((error) -> errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
			}
			else {
				result.getResolvableErrors()
					.forEach((error) -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
							error.getDefaultMessage())));
			}
		}
		return ResponseEntity.badRequest().body(invalidInput(HttpStatus.BAD_REQUEST, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		FieldProblem error;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			error = new FieldProblem(path(unknown), "unknown field: a receipt has warehouse, quantity and reference");
		}
		else if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			error = new FieldProblem(path(databind), "has the wrong type or format");
		}
		else {
			error = new FieldProblem("body", "is not valid JSON: " + cause.getMessage());
		}
		return ResponseEntity.badRequest().body(invalidInput(HttpStatus.BAD_REQUEST, List.of(error)));
	}

	@ExceptionHandler(UnknownWarehouseException.class)
	ResponseEntity<ProblemDetail> unknownWarehouse(UnknownWarehouseException ex) {
		return ResponseEntity.unprocessableContent()
			.body(invalidInput(HttpStatus.UNPROCESSABLE_CONTENT,
					List.of(new FieldProblem("warehouse", ex.getMessage()))));
	}

	@ExceptionHandler(UnknownSkuException.class)
	ResponseEntity<ProblemDetail> unknownSku(UnknownSkuException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown-sku", "Unknown SKU", ex.getMessage());
		problem.setProperty("sku", ex.sku());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private static ProblemDetail invalidInput(HttpStatus status, List<FieldProblem> errors) {
		ProblemDetail problem = problem(status, "invalid-input", "Invalid input", errors.size()
				+ " field(s) need a fix: " + String.join(", ", errors.stream().map(FieldProblem::field).toList()));
		problem.setProperty("errors",
				errors.stream().map((e) -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEM_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach((reference) -> {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		});
		return (path.length() > 0) ? path.toString() : "body";
	}

	private record FieldProblem(String field, String message) {
	}

}

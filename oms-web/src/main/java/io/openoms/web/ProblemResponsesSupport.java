package io.openoms.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What every service's {@code @RestControllerAdvice} has in common: RFC 9457 problems
 * with a stable type URI under {@value #PROBLEM_BASE}, a title and a detail that says
 * what to fix. Invalid input (a bean validation failure, an unreadable body, a path
 * variable, query parameter or header of the wrong type, a missing query parameter) is a
 * 400 {@value #INVALID_INPUT} problem whose {@code errors} list names each field or
 * parameter to fix with a message.
 * <p>
 * A service has one subclass, named {@code ProblemResponses}, that adds only the handlers
 * for its own exceptions:
 *
 * <pre class="code">
 * &#64;RestControllerAdvice
 * class ProblemResponses extends ProblemResponsesSupport {
 *
 *     &#64;ExceptionHandler(OrderNotFoundException.class)
 *     ProblemDetail notFound(OrderNotFoundException ex) {
 *         return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage());
 *     }
 *
 * }
 * </pre>
 *
 * Everything else Spring MVC raises keeps the answer of
 * {@link ResponseEntityExceptionHandler}.
 */
public abstract class ProblemResponsesSupport extends ResponseEntityExceptionHandler {

	/** Where every problem type lives: {@code https://openoms.io/problems/<type>}. */
	public static final String PROBLEM_BASE = "https://openoms.io/problems/";

	/** The type of a problem whose {@code errors} list names what to fix. */
	public static final String INVALID_INPUT = "invalid-input";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(fieldProblems(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors body) {
				// A @Valid @RequestBody next to a constrained parameter: name the body's
				// fields, not the method parameter.
				errors.addAll(fieldProblems(body));
			}
			else {
				String parameter = result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach((error) -> errors.add(new FieldProblem(parameter, error.getDefaultMessage())));
			}
		}
		return badRequest(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		FieldProblem error;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			error = new FieldProblem(path(unknown), unknownFieldMessage());
		}
		else if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			error = new FieldProblem(path(databind), "has the wrong type or format");
		}
		else {
			error = new FieldProblem("body", "is not valid JSON: " + cause.getMessage());
		}
		return badRequest(List.of(error));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return badRequest(List.of(new FieldProblem(Objects.requireNonNullElse(name, "parameter"),
				expected(ex.getRequiredType()) + ", was " + ex.getValue())));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(List.of(new FieldProblem(ex.getParameterName(), "is required")));
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing) {
			return badRequest(List.of(new FieldProblem(missing.getHeaderName(), "header is required")));
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	/**
	 * The message for a body field the request type does not have. Request types leave
	 * out what the server decides, so the default says so; override it to say what the
	 * body may contain instead.
	 * @return the message for an unknown field
	 */
	protected String unknownFieldMessage() {
		return "unknown field: the server sets prices, totals and statuses itself";
	}

	/**
	 * A problem of the given type.
	 * @param status the HTTP status
	 * @param type the type's last path segment, such as {@code order-not-found}
	 * @param title a short summary that is the same for every problem of this type
	 * @param detail what went wrong this time and what to fix
	 * @return the problem, to return from an {@code @ExceptionHandler} or to add
	 * properties to
	 */
	protected static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEM_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * An {@value #INVALID_INPUT} problem naming every field to fix. Use 400 for a request
	 * that is malformed, 422 for a well-formed one the service cannot act on (an unknown
	 * SKU, an unknown warehouse).
	 * @param status the HTTP status
	 * @param errors the fields to fix, each with a message
	 * @return the problem
	 */
	protected static ProblemDetail invalidInput(HttpStatusCode status, List<FieldProblem> errors) {
		String fields = errors.stream().map(FieldProblem::field).collect(Collectors.joining(", "));
		ProblemDetail problem = problem(status, INVALID_INPUT, "Invalid input",
				errors.size() + " field(s) need a fix: " + fields);
		problem.setProperty("errors",
				errors.stream().map((error) -> Map.of("field", error.field(), "message", error.message())).toList());
		return problem;
	}

	private static ResponseEntity<Object> badRequest(List<FieldProblem> errors) {
		return ResponseEntity.badRequest().body(invalidInput(HttpStatus.BAD_REQUEST, errors));
	}

	private static List<FieldProblem> fieldProblems(Errors errors) {
		List<FieldProblem> problems = new ArrayList<>();
		errors.getFieldErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
		errors.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return problems;
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		return "must be a " + type.getSimpleName();
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

	/**
	 * One entry of a problem's {@code errors} list.
	 *
	 * @param field the field, parameter or header to fix, such as
	 * {@code lines[0].quantity}
	 * @param message what is wrong with it
	 */
	public record FieldProblem(String field, String message) {
	}

}

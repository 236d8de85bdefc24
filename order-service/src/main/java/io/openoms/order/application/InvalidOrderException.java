package io.openoms.order.application;

import java.util.List;

/** The order cannot be placed as requested; each violation names the field to fix. */
public class InvalidOrderException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidOrderException(List<Violation> violations) {
		super("invalid order: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * @param field the request field, for example {@code lines[1].sku}
	 */
	public record Violation(String field, String message) {
	}

}

package io.openoms.order.application;

import java.util.List;

/**
 * The order cannot be placed as requested; each violation names the field to fix. A
 * {@linkplain #malformed() malformed} request breaks the request's own rules (a missing
 * field, a quantity of zero); otherwise it is well-formed but cannot be placed (an
 * unknown SKU).
 */
public class InvalidOrderException extends RuntimeException {

	private final List<Violation> violations;

	private final boolean malformed;

	public InvalidOrderException(List<Violation> violations) {
		this(violations, false);
	}

	private InvalidOrderException(List<Violation> violations, boolean malformed) {
		super("invalid order: " + violations);
		this.violations = List.copyOf(violations);
		this.malformed = malformed;
	}

	/** The request breaks its own rules, before any catalog is asked. */
	static InvalidOrderException malformed(List<Violation> violations) {
		return new InvalidOrderException(violations, true);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	public boolean malformed() {
		return this.malformed;
	}

	/**
	 * @param field the request field, for example {@code lines[1].sku}
	 */
	public record Violation(String field, String message) {
	}

}

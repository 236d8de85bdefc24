package io.openoms.messaging;

/**
 * A consumed event that can never be applied, however often it is retried: malformed
 * JSON, an unknown type, an unsupported schema version, or business data that breaks the
 * contract. It goes to the dead-letter topic at once, with this exception's message as
 * the reason.
 */
public class RejectedEventException extends RuntimeException {

	public RejectedEventException(String reason) {
		super(reason);
	}

	public RejectedEventException(String reason, Throwable cause) {
		super(reason, cause);
	}

}

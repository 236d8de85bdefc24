package io.openoms.messaging;

/**
 * Says in one line why a consumed event failed: the operator-facing reason of a dead
 * letter and of a failed replay.
 */
final class FailureReason {

	private FailureReason() {
	}

	/**
	 * The class and message of the root cause, or of the {@link RejectedEventException}
	 * if there is one, because its message is written for the operator while its cause is
	 * a parser's detail.
	 */
	static String of(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof RejectedEventException)) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}

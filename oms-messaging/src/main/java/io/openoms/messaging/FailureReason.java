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

	/**
	 * Whether the failure, or any exception in its cause chain, is a
	 * {@link RejectedEventException}: however the container wrapped it, the event is
	 * dead-lettered at once.
	 */
	static boolean isRejection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof RejectedEventException) {
				return true;
			}
		}
		return false;
	}

}

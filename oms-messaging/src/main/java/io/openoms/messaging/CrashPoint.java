package io.openoms.messaging;

/**
 * Points where a crash loses or doubles work in a naive design. Setting
 * {@code oms.messaging.crash-at} to one of them makes the process halt there, at once and
 * without shutdown hooks, like {@code kill -9}: the crash tests use it to prove that a
 * restart resumes with nothing lost and nothing applied twice. Never set in production.
 */
public enum CrashPoint {

	/** Nothing is injected: the default. */
	NONE,

	/** The relay read committed outbox rows and is about to send them. */
	RELAY_BEFORE_PUBLISH,

	/** The broker acknowledged the batch; the rows are not yet marked published. */
	RELAY_AFTER_PUBLISH,

	/**
	 * A consumed event's transaction committed; the Kafka offset is not yet committed.
	 */
	CONSUMER_AFTER_COMMIT;

	void haltIfAt(CrashPoint point) {
		if (this != NONE && this == point) {
			System.err.println("oms.messaging.crash-at=" + point + ": halting the process now");
			Runtime.getRuntime().halt(137);
		}
	}

}

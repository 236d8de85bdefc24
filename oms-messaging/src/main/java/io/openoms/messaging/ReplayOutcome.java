package io.openoms.messaging;

/** How replaying a dead letter through the consumer that gave up on it ended. */
public enum ReplayOutcome {

	/** The handler ran and committed: the event is applied now. */
	APPLIED,

	/**
	 * The event id was recorded as processed before (by an earlier replay, or a
	 * re-published copy): nothing changed.
	 */
	ALREADY_PROCESSED,

	/**
	 * The service has no handler for the event's type (it was dead-lettered as unknown,
	 * and the contracts now know it): nothing to apply, as for any such event.
	 */
	SKIPPED,

	/**
	 * It failed again and nothing was committed; the record stays a dead letter until a
	 * later replay succeeds.
	 */
	FAILED;

	boolean resolved() {
		return this != FAILED;
	}

	static ReplayOutcome of(InboundEventDispatcher.Outcome outcome) {
		return switch (outcome) {
			case APPLIED -> APPLIED;
			case ALREADY_PROCESSED -> ALREADY_PROCESSED;
			case SKIPPED -> SKIPPED;
		};
	}

}

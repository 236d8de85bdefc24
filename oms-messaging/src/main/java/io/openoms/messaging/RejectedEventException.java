package io.openoms.messaging;

import java.util.List;

import io.openoms.contracts.EventPayload;

/**
 * A consumed event that can never be applied, however often it is retried: malformed
 * JSON, an unknown type, an unsupported schema version, or business data that breaks the
 * contract. It goes to the dead-letter topic at once, with this exception's message as
 * the reason.
 * <p>
 * Everything the handler changed is rolled back. When the event's publisher must learn of
 * the rejection (an upstream system told why its order was refused), reject it
 * {@linkplain #withReplies(String, List) with replies}: the dispatcher appends them to
 * the outbox in a transaction of their own, after the rollback and before the event is
 * dead-lettered, so they are published although the handler's changes are not.
 */
public class RejectedEventException extends RuntimeException {

	private final List<EventPayload> replies;

	public RejectedEventException(String reason) {
		this(reason, (Throwable) null);
	}

	public RejectedEventException(String reason, Throwable cause) {
		super(reason, cause);
		this.replies = List.of();
	}

	private RejectedEventException(String reason, List<? extends EventPayload> replies) {
		super(reason);
		this.replies = List.copyOf(replies);
	}

	/**
	 * Rejects the event and has the outbox publish {@code replies} all the same. Should
	 * the dead-lettering fail and the event be delivered again, the replies are appended
	 * again: their consumers see at least one copy.
	 * @param reason why the event can never be applied, for the dead-letter header
	 * @param replies events to publish although the event is rejected, such as an
	 * {@code OrderRejected} for its publisher
	 * @return the exception to throw from the handler
	 */
	public static RejectedEventException withReplies(String reason, List<? extends EventPayload> replies) {
		return new RejectedEventException(reason, replies);
	}

	/** The events to publish although the event is rejected; usually none. */
	public List<EventPayload> replies() {
		return this.replies;
	}

}

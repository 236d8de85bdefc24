package io.openoms.messaging;

import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.EventEnvelope;

/**
 * Why an event is being published: the correlation id ties together everything one
 * request caused, the causation id names the direct cause (an incoming event, or the
 * request itself).
 *
 * @param correlationId shared by all events that follow from one request
 * @param causationId the id of the direct cause
 */
public record Causation(UUID correlationId, UUID causationId) {

	public Causation {
		Objects.requireNonNull(correlationId, "correlationId");
		Objects.requireNonNull(causationId, "causationId");
	}

	/** A new chain, started by a request from outside (an HTTP call, an operator). */
	public static Causation newRequest(UUID requestId) {
		return new Causation(requestId, requestId);
	}

	/** The events a handler publishes in reaction to {@code event}. */
	public static Causation causedBy(EventEnvelope<?> event) {
		return new Causation(event.correlationId(), event.eventId());
	}

}

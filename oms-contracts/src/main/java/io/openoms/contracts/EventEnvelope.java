package io.openoms.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every message on an OpenOMS topic carries: the metadata that makes events
 * traceable and deduplicable, around one payload. Serialized as one JSON object, the
 * Kafka key is {@link #orderId()}.
 *
 * @param eventId unique per event; consumers deduplicate by it
 * @param type the event's name, for example {@code PaymentSucceeded}
 * @param schemaVersion the payload's schema version
 * @param orderId the order the event is about, also the Kafka key
 * @param occurredAt when the fact happened, in UTC
 * @param correlationId shared by every event caused, directly or not, by the same request
 * @param causationId the id of the event (or request) that caused this one
 * @param producer the service that published the event
 * @param payload the fact itself
 * @param <P> the payload type
 */
public record EventEnvelope<P extends EventPayload>(UUID eventId, String type, int schemaVersion, UUID orderId,
		Instant occurredAt, UUID correlationId, UUID causationId, String producer, P payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(correlationId, "correlationId");
		Objects.requireNonNull(causationId, "causationId");
		Objects.requireNonNull(producer, "producer");
		Objects.requireNonNull(payload, "payload");
	}

}

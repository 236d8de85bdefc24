package io.openoms.messaging;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the JSON form of {@link EventEnvelope}: the one wire format of every
 * topic. Reading is tolerant of fields it does not know (producers may add optional
 * fields within a schema version) and strict about everything else: anything it cannot
 * make sense of is a {@link RejectedEventException} naming what is wrong.
 */
public final class EventCodec {

	private final JsonMapper mapper;

	public EventCodec(JsonMapper mapper) {
		this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	public byte[] encode(EventEnvelope<?> envelope) {
		return this.mapper.writeValueAsBytes(envelope);
	}

	public EventEnvelope<?> decode(byte[] json) {
		if (json == null || json.length == 0) {
			throw new RejectedEventException("empty message: expected an event envelope");
		}
		JsonNode root;
		try {
			root = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new RejectedEventException("not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new RejectedEventException("expected a JSON object as event envelope");
		}
		String typeName = requiredText(root, "type");
		EventType<?> type = EventCatalog.byName(typeName)
			.orElseThrow(() -> new RejectedEventException("unknown event type '" + typeName + "'"));
		int version = root.path("schemaVersion").asInt(0);
		if (version < 1 || version > type.version()) {
			throw new RejectedEventException("unsupported schemaVersion " + version + " of " + typeName
					+ ": this consumer reads versions 1 to " + type.version());
		}
		return envelope(root, type, version);
	}

	/**
	 * The envelope's type and event id as far as they can be read, validating nothing
	 * else: to describe records that may not decode, such as dead letters.
	 */
	Identity identify(byte[] json) {
		if (json == null || json.length == 0) {
			return new Identity(null, null);
		}
		JsonNode root;
		try {
			root = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			return new Identity(null, null);
		}
		if (root == null || !root.isObject()) {
			return new Identity(null, null);
		}
		JsonNode type = root.get("type");
		JsonNode eventId = root.get("eventId");
		UUID id = null;
		if (eventId != null && eventId.isString()) {
			try {
				id = UUID.fromString(eventId.asString());
			}
			catch (IllegalArgumentException ex) {
				// Not an id: leave it out.
			}
		}
		return new Identity((type != null && type.isString()) ? type.asString() : null, id);
	}

	private <P extends EventPayload> EventEnvelope<P> envelope(JsonNode root, EventType<P> type, int version) {
		JsonNode payloadNode = root.get("payload");
		if (payloadNode == null || !payloadNode.isObject()) {
			throw new RejectedEventException("missing payload object in " + type.name());
		}
		P payload;
		try {
			payload = this.mapper.treeToValue(payloadNode, type.payloadType());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new RejectedEventException("invalid " + type.name() + " payload: " + rootMessage(ex), ex);
		}
		UUID orderId = uuid(root, "orderId");
		if (payload.orderId() == null || !payload.orderId().equals(orderId)) {
			throw new RejectedEventException("payload orderId does not match the envelope's orderId " + orderId);
		}
		try {
			return new EventEnvelope<>(uuid(root, "eventId"), type.name(), version, orderId,
					Instant.parse(requiredText(root, "occurredAt")), uuid(root, "correlationId"),
					uuid(root, "causationId"), requiredText(root, "producer"), payload);
		}
		catch (RuntimeException ex) {
			if (ex instanceof RejectedEventException rejected) {
				throw rejected;
			}
			throw new RejectedEventException("invalid envelope of " + type.name() + ": " + ex.getMessage(), ex);
		}
	}

	private static String requiredText(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || !node.isString() || node.asString().isBlank()) {
			throw new RejectedEventException("missing or blank envelope field '" + field + "'");
		}
		return node.asString();
	}

	private static UUID uuid(JsonNode root, String field) {
		String text = requiredText(root, field);
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new RejectedEventException("envelope field '" + field + "' is not a UUID: " + text, ex);
		}
	}

	/**
	 * What {@link #identify} found; null where it found nothing.
	 *
	 * @param type the envelope's type
	 * @param eventId the envelope's event id
	 */
	record Identity(String type, UUID eventId) {
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : cause.getMessage();
	}

}

package io.openoms.contracts;

import java.util.Objects;

/**
 * Describes one kind of event on the wire: its name (the envelope's {@code type}), the
 * schema version its producer writes, the topic it is published on and the Java record
 * that holds it.
 *
 * @param name the envelope's {@code type}, a past-tense fact such as {@code OrderPaid}
 * @param version the schema version producers write; consumers accept this version and
 * older
 * @param topic the topic the event is published on
 * @param payloadType the record class of the payload
 * @param <P> the payload type
 */
public record EventType<P extends EventPayload>(String name, int version, String topic, Class<P> payloadType) {

	public EventType {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(payloadType, "payloadType");
		if (version < 1) {
			throw new IllegalArgumentException("schema versions start at 1");
		}
	}

}

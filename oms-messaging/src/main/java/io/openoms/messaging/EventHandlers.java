package io.openoms.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.EventType;

/**
 * A service's table of "event type → handler": the only place that says what it consumes.
 * The topics to subscribe to follow from the event types. Events of other types on those
 * topics are skipped.
 *
 * <pre>
 * EventHandlers.builder()
 *     .on(PaymentSucceeded.class, payments::on)
 *     .on(PaymentFailed.class, payments::on)
 *     .build();
 * </pre>
 */
public final class EventHandlers {

	private final Map<String, EventHandler<?>> handlersByType;

	private final Set<String> topics;

	private EventHandlers(Map<String, EventHandler<?>> handlersByType, Set<String> topics) {
		this.handlersByType = Map.copyOf(handlersByType);
		this.topics = Set.copyOf(topics);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Set<String> topics() {
		return this.topics;
	}

	Optional<EventHandler<?>> handlerFor(String eventType) {
		return Optional.ofNullable(this.handlersByType.get(eventType));
	}

	/** Collects the handlers; each event type may have one. */
	public static final class Builder {

		private final Map<String, EventHandler<?>> handlers = new LinkedHashMap<>();

		private final Set<String> topics = new TreeSet<>();

		private Builder() {
		}

		public <P extends EventPayload> Builder on(Class<P> payloadType, EventHandler<P> handler) {
			EventType<P> type = EventCatalog.of(payloadType);
			if (this.handlers.putIfAbsent(type.name(), handler) != null) {
				throw new IllegalStateException("two handlers for " + type.name());
			}
			this.topics.add(type.topic());
			return this;
		}

		public EventHandlers build() {
			return new EventHandlers(this.handlers, this.topics);
		}

	}

}

package io.openoms.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.openoms.contracts.inventory.InventoryEvents;
import io.openoms.contracts.order.OrderEvents;
import io.openoms.contracts.payment.PaymentEvents;
import io.openoms.contracts.shipping.ShippingEvents;
import io.openoms.contracts.upstream.UpstreamEvents;

/**
 * Every event type of the product, looked up by name (when reading a message) or by
 * payload class (when writing one). An event name is unique across all topics.
 */
public final class EventCatalog {

	private static final List<EventType<?>> ALL = Stream
		.of(OrderEvents.ALL, PaymentEvents.ALL, InventoryEvents.ALL, ShippingEvents.ALL, UpstreamEvents.ALL)
		.flatMap(List::stream)
		.toList();

	private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

	private static final Map<Class<?>, EventType<?>> BY_PAYLOAD = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

	private EventCatalog() {
	}

	public static List<EventType<?>> all() {
		return ALL;
	}

	public static Optional<EventType<?>> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	@SuppressWarnings("unchecked")
	public static <P extends EventPayload> EventType<P> of(Class<P> payloadType) {
		EventType<?> type = BY_PAYLOAD.get(payloadType);
		if (type == null) {
			throw new IllegalArgumentException(payloadType.getName() + " is not a published event");
		}
		return (EventType<P>) type;
	}

}

package io.openoms.contracts;

import java.util.UUID;

/**
 * The payload of a domain event: an immutable fact about one order. The order id is also
 * the Kafka message key, so all events of one order land on one partition and stay in
 * order.
 */
public interface EventPayload {

	UUID orderId();

}

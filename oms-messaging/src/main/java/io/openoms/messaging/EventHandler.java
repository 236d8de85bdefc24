package io.openoms.messaging;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;

/**
 * Applies one consumed event. Runs inside the transaction that also records the event as
 * processed, so whatever it changes and appends to the outbox commits with that record or
 * not at all.
 *
 * @param <P> the payload type handled
 */
@FunctionalInterface
public interface EventHandler<P extends EventPayload> {

	void handle(EventEnvelope<P> event);

}

package io.openoms.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decodes each consumed record and applies it through the service's handler table,
 * exactly once: the event id is recorded in the same transaction as the handler's
 * changes, so a redelivered event finds its id and changes nothing. Failures propagate to
 * the container's error handler, which retries or dead-letters. A replayed dead letter
 * takes the same path ({@link #dispatch}).
 */
final class InboundEventDispatcher implements MessageListener<String, byte[]> {

	private static final Logger log = LoggerFactory.getLogger(InboundEventDispatcher.class);

	private final EventHandlers handlers;

	private final EventCodec codec;

	private final ProcessedEvents processed;

	private final TransactionTemplate transactions;

	private final String consumer;

	private final CrashPoint crashAt;

	private final Outbox outbox;

	InboundEventDispatcher(EventHandlers handlers, EventCodec codec, ProcessedEvents processed,
			TransactionTemplate transactions, String consumer, CrashPoint crashAt, Outbox outbox) {
		this.crashAt = crashAt;
		this.outbox = outbox;
		this.handlers = handlers;
		this.codec = codec;
		this.processed = processed;
		this.transactions = transactions;
		this.consumer = consumer;
	}

	@Override
	public void onMessage(ConsumerRecord<String, byte[]> record) {
		if (dispatch(record.key(), record.value()) == Outcome.APPLIED) {
			this.crashAt.haltIfAt(CrashPoint.CONSUMER_AFTER_COMMIT);
		}
	}

	/**
	 * Decodes one record and applies it unless it was applied before.
	 * @throws RejectedEventException if the record can never be applied
	 * @throws RuntimeException whatever the handler or the database threw; nothing was
	 * committed
	 */
	Outcome dispatch(String key, byte[] value) {
		EventEnvelope<?> event = this.codec.decode(value);
		if (key != null && !key.equals(event.orderId().toString())) {
			throw new RejectedEventException(
					"message key " + key + " is not the envelope's orderId " + event.orderId());
		}
		return this.handlers.handlerFor(event.type()).map((handler) -> apply(handler, event)).orElse(Outcome.SKIPPED);
	}

	private Outcome apply(EventHandler<?> handler, EventEnvelope<?> event) {
		try {
			return applyOnce(handler, event);
		}
		catch (RejectedEventException ex) {
			if (!ex.replies().isEmpty()) {
				// The handler's transaction is rolled back; the replies commit on their
				// own.
				this.transactions
					.executeWithoutResult((status) -> this.outbox.appendAll(ex.replies(), Causation.causedBy(event)));
			}
			throw ex;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Outcome applyOnce(EventHandler<?> handler, EventEnvelope<?> event) {
		return this.transactions.execute((status) -> {
			if (!this.processed.markProcessed(this.consumer, event.eventId(), event.type())) {
				log.debug("Skipping {} {}: already processed", event.type(), event.eventId());
				return Outcome.ALREADY_PROCESSED;
			}
			((EventHandler) handler).handle((EventEnvelope<? extends EventPayload>) event);
			return Outcome.APPLIED;
		});
	}

	/** What dispatching one record did. */
	enum Outcome {

		/** The handler ran and its transaction committed. */
		APPLIED,

		/** The event id was recorded before: nothing changed. */
		ALREADY_PROCESSED,

		/** The service has no handler for the event's type: nothing to apply. */
		SKIPPED

	}

}

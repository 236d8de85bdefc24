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
 * the container's error handler, which retries or dead-letters.
 */
final class InboundEventDispatcher implements MessageListener<String, byte[]> {

	private static final Logger log = LoggerFactory.getLogger(InboundEventDispatcher.class);

	private final EventHandlers handlers;

	private final EventCodec codec;

	private final ProcessedEvents processed;

	private final TransactionTemplate transactions;

	private final String consumer;

	private final CrashPoint crashAt;

	InboundEventDispatcher(EventHandlers handlers, EventCodec codec, ProcessedEvents processed,
			TransactionTemplate transactions, String consumer, CrashPoint crashAt) {
		this.crashAt = crashAt;
		this.handlers = handlers;
		this.codec = codec;
		this.processed = processed;
		this.transactions = transactions;
		this.consumer = consumer;
	}

	@Override
	public void onMessage(ConsumerRecord<String, byte[]> record) {
		EventEnvelope<?> event = this.codec.decode(record.value());
		if (record.key() != null && !record.key().equals(event.orderId().toString())) {
			throw new RejectedEventException(
					"message key " + record.key() + " is not the envelope's orderId " + event.orderId());
		}
		this.handlers.handlerFor(event.type()).ifPresent((handler) -> apply(handler, event));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void apply(EventHandler<?> handler, EventEnvelope<?> event) {
		this.transactions.executeWithoutResult((status) -> {
			if (!this.processed.markProcessed(this.consumer, event.eventId(), event.type())) {
				log.debug("Skipping {} {}: already processed", event.type(), event.eventId());
				return;
			}
			((EventHandler) handler).handle((EventEnvelope<? extends EventPayload>) event);
		});
		this.crashAt.haltIfAt(CrashPoint.CONSUMER_AFTER_COMMIT);
	}

}

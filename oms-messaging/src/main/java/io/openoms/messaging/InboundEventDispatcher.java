package io.openoms.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each batch of consumed records through the service's handler table in one
 * database transaction, each event exactly once: the event ids are recorded in the same
 * transaction as the handlers' changes, so a redelivered event finds its id and changes
 * nothing. One transaction per poll instead of one per record is what makes a busy
 * consumer cheap: one commit (one WAL flush) and one offset commit for the whole batch.
 * <p>
 * If a record fails, the transaction is rolled back, the records before it are applied
 * again in a new transaction, and the failure is reported for that record alone
 * ({@link BatchListenerFailedException}): the container's error handler commits the
 * offsets before it and retries or dead-letters it exactly as for a single record. A
 * replayed dead letter takes the single-record path ({@link #dispatch}).
 */
final class InboundEventDispatcher implements BatchMessageListener<String, byte[]> {

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
	public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
		int start = 0;
		while (start < records.size()) {
			int end = endOfTransaction(records, start);
			applyCommittingAllBefore(records, start, end);
			start = end;
		}
	}

	/**
	 * Where the transaction that begins at {@code start} ends: before the second record
	 * of an order. Handlers lock the order's rows, and some claim them in a transaction
	 * of their own before calling out (payment-service's gateway claim): that claim would
	 * wait forever for a lock the batch's own transaction took for an earlier record of
	 * the same order.
	 */
	private static int endOfTransaction(List<ConsumerRecord<String, byte[]>> records, int start) {
		Set<String> keys = new HashSet<>();
		int end = start;
		while (end < records.size() && (records.get(end).key() == null || keys.add(records.get(end).key()))) {
			end++;
		}
		return Math.max(end, start + 1);
	}

	/**
	 * Applies records {@code start} to {@code end} in one transaction. If one fails,
	 * nothing of them committed: the records before the failed one are applied again, so
	 * that only the failed one is retried or dead-lettered.
	 */
	private void applyCommittingAllBefore(List<ConsumerRecord<String, byte[]>> records, int start, int end) {
		int committedEnd = end;
		FailedRecord failure = null;
		while (committedEnd > start) {
			FailedRecord failed = applyAll(records.subList(start, committedEnd));
			if (failed == null) {
				break;
			}
			failure = failed;
			committedEnd = start + failed.index();
		}
		if (committedEnd > start) {
			this.crashAt.haltIfAt(CrashPoint.CONSUMER_AFTER_COMMIT);
		}
		if (failure != null) {
			int index = start + failure.index();
			ConsumerRecord<String, byte[]> failed = records.get(index);
			publishReplies(failure.exception(), () -> this.codec.decode(failed.value()));
			throw new BatchListenerFailedException(FailureReason.of(failure.exception()), failure.exception(), index);
		}
	}

	/**
	 * Decodes one record and applies it unless it was applied before, in a transaction of
	 * its own.
	 * @throws RejectedEventException if the record can never be applied
	 * @throws RuntimeException whatever the handler or the database threw; nothing was
	 * committed
	 */
	Outcome dispatch(String key, byte[] value) {
		Decoded decoded = decode(key, value, 0);
		if (decoded.handler().isEmpty()) {
			return Outcome.SKIPPED;
		}
		try {
			return this.transactions.execute((status) -> {
				if (this.processed.markProcessed(this.consumer, List.of(decoded.event())).isEmpty()) {
					log.debug("Skipping {} {}: already processed", decoded.event().type(), decoded.event().eventId());
					return Outcome.ALREADY_PROCESSED;
				}
				decoded.apply();
				return Outcome.APPLIED;
			});
		}
		catch (RejectedEventException ex) {
			publishReplies(ex, decoded::event);
			throw ex;
		}
	}

	/**
	 * Applies the records in one transaction.
	 * @return null if it committed, else the record that failed and why (nothing
	 * committed)
	 */
	private FailedRecord applyAll(List<ConsumerRecord<String, byte[]>> records) {
		int[] current = { 0 };
		try {
			this.transactions.executeWithoutResult((status) -> {
				List<Decoded> decoded = new ArrayList<>(records.size());
				for (ConsumerRecord<String, byte[]> record : records) {
					if (!skippable(record)) {
						decoded.add(decode(record.key(), record.value(), current[0]));
					}
					current[0]++;
				}
				current[0] = 0;
				List<EventEnvelope<?>> applicable = decoded.stream()
					.filter((d) -> d.handler().isPresent())
					.<EventEnvelope<?>>map(Decoded::event)
					.toList();
				Set<UUID> firstSeen = new HashSet<>(this.processed.markProcessed(this.consumer, applicable));
				for (Decoded record : decoded) {
					// remove(): a batch may hold the same event twice (a relay resent
					// it).
					if (record.handler().isPresent() && firstSeen.remove(record.event().eventId())) {
						current[0] = record.index();
						record.apply();
					}
				}
				// A failure from here on (the commit) is the batch's, retried from its
				// first record.
				current[0] = 0;
			});
			return null;
		}
		catch (RuntimeException ex) {
			return new FailedRecord(Math.min(current[0], records.size() - 1), ex);
		}
	}

	/**
	 * @param index the record's position in its batch
	 */
	private Decoded decode(String key, byte[] value, int index) {
		EventEnvelope<?> event = this.codec.decode(value);
		if (key != null && !key.equals(event.orderId().toString())) {
			throw new RejectedEventException(
					"message key " + key + " is not the envelope's orderId " + event.orderId());
		}
		return new Decoded(event, this.handlers.handlerFor(event.type()), index);
	}

	/**
	 * Whether the record is of a type this service does not handle, known from the
	 * relay's type header without parsing the payload: services share topics, and most
	 * records on them are for someone else. Records without the header, or with a type
	 * the catalog does not know, are decoded (and rejected if broken) as always.
	 */
	private boolean skippable(ConsumerRecord<String, byte[]> record) {
		Header header = record.headers().lastHeader(OutboxRelay.EVENT_TYPE_HEADER);
		if (header == null) {
			return false;
		}
		String type = new String(header.value(), StandardCharsets.UTF_8);
		return EventCatalog.byName(type).isPresent() && this.handlers.handlerFor(type).isEmpty();
	}

	/**
	 * A handler that rejects an event may leave replies for its sender: the handler's
	 * transaction is rolled back, so they commit on their own.
	 */
	private void publishReplies(RuntimeException failure, Supplier<EventEnvelope<?>> event) {
		if (failure instanceof RejectedEventException rejected && !rejected.replies().isEmpty()) {
			this.transactions.executeWithoutResult(
					(status) -> this.outbox.appendAll(rejected.replies(), Causation.causedBy(event.get())));
		}
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

	/**
	 * A decoded record and its handler, if the service has one.
	 *
	 * @param index the record's position in its batch
	 */
	private record Decoded(EventEnvelope<?> event, Optional<EventHandler<?>> handler, int index) {

		@SuppressWarnings({ "unchecked", "rawtypes" })
		void apply() {
			((EventHandler) this.handler.orElseThrow()).handle((EventEnvelope<? extends EventPayload>) this.event);
		}

	}

	private record FailedRecord(int index, RuntimeException exception) {
	}

}

package io.openoms.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.EventType;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the service's outbox table inside the caller's transaction, so they
 * are published if and only if the state change that caused them commits. The
 * transaction's events are written in one statement just before it commits (a consumer
 * applying a batch of records appends hundreds); the commit wakes the relay at once,
 * nothing waits for a polling interval.
 */
public final class Outbox {

	private final OutboxRows rows;

	private final EventCodec codec;

	private final OutboxRelay relay;

	private final String producer;

	private final Clock clock;

	Outbox(OutboxRows rows, EventCodec codec, OutboxRelay relay, String producer, Clock clock) {
		this.rows = rows;
		this.codec = codec;
		this.relay = relay;
		this.producer = producer;
		this.clock = clock;
	}

	public void append(EventPayload payload, Causation causation) {
		appendAll(List.of(payload), causation);
	}

	public void appendAll(List<? extends EventPayload> payloads, Causation causation) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("events must be appended inside the transaction of the change they record");
		}
		TransactionEvents events = transactionEvents();
		List<OutboxRows.NewEvent> rows = new ArrayList<>(payloads.size());
		for (EventPayload payload : payloads) {
			EventType<?> type = EventCatalog.of(payload.getClass());
			EventEnvelope<EventPayload> envelope = new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(),
					payload.orderId(), this.clock.instant(), causation.correlationId(), causation.causationId(),
					this.producer, payload);
			rows.add(new OutboxRows.NewEvent(envelope.eventId(), type.topic(), payload.orderId().toString(),
					type.name(), this.codec.encode(envelope)));
		}
		events.add(rows);
	}

	/**
	 * The current transaction's events. Looked up among the transaction's
	 * synchronizations, which Spring suspends with the transaction, so a nested
	 * REQUIRES_NEW transaction gets its own.
	 */
	private TransactionEvents transactionEvents() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof TransactionEvents events && events.outbox() == this) {
				return events;
			}
		}
		TransactionEvents events = new TransactionEvents(this);
		TransactionSynchronizationManager.registerSynchronization(events);
		return events;
	}

	/**
	 * The events of one transaction, written just before it commits. Another
	 * synchronization's {@code beforeCommit} may append after they were written (a
	 * service that checks something once per transaction, just before the commit): those
	 * are written at once, so nothing appended before the commit is lost.
	 */
	private static final class TransactionEvents implements TransactionSynchronization {

		private final Outbox outbox;

		private final List<OutboxRows.NewEvent> rows = new ArrayList<>();

		private boolean written;

		TransactionEvents(Outbox outbox) {
			this.outbox = outbox;
		}

		Outbox outbox() {
			return this.outbox;
		}

		void add(List<OutboxRows.NewEvent> events) {
			if (this.written) {
				this.outbox.rows.insertAll(events);
			}
			else {
				this.rows.addAll(events);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.outbox.rows.insertAll(this.rows);
			this.written = true;
		}

		@Override
		public void afterCommit() {
			this.outbox.relay.wakeUp();
		}

	}

}

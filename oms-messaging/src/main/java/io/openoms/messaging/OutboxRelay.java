package io.openoms.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.messaging.OutboxRows.PendingEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka and marks them published, in that order: a
 * crash in between publishes the rows again on restart (consumers deduplicate by event
 * id), never loses them. A commit wakes the relay at once; polling only catches rows
 * committed by another instance or left by a crash.
 */
final class OutboxRelay implements SmartLifecycle {

	static final String EVENT_ID_HEADER = "oms-event-id";

	static final String EVENT_TYPE_HEADER = "oms-event-type";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/**
	 * Short wait when another instance holds the relay lock: its batch may miss our
	 * latest commit.
	 */
	private static final Duration CONTENDED_RETRY = Duration.ofMillis(20);

	private static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(5);

	private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofHours(1);

	private final OutboxRows rows;

	private final KafkaTemplate<String, byte[]> kafka;

	private final TransactionTemplate transactions;

	private final MessagingProperties properties;

	private final Housekeeping housekeeping;

	private final Semaphore wakeUps = new Semaphore(0);

	private volatile boolean running;

	private Thread worker;

	OutboxRelay(OutboxRows rows, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions,
			MessagingProperties properties, Housekeeping housekeeping) {
		this.rows = rows;
		this.kafka = kafka;
		this.transactions = transactions;
		this.properties = properties;
		this.housekeeping = housekeeping;
	}

	void wakeUp() {
		// One pending permit is enough: the relay drains everything unpublished when it
		// runs.
		if (this.wakeUps.availablePermits() == 0) {
			this.wakeUps.release();
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = new Thread(this::run, "outbox-relay");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(this.properties.sendTimeout().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		// Last look: whatever the stopped consumers and web requests committed leaves
		// now, not at the next start.
		try {
			drain();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox rows left unpublished at shutdown; they are published at the next start: {}",
					ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Start before, and stop after, the web server and the Kafka listener containers
	 * (both in phases near {@code Integer.MAX_VALUE}), so every event their work commits
	 * is still published.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	private void run() {
		Duration wait = Duration.ZERO;
		Duration failureBackoff = Duration.ofMillis(100);
		Instant nextHousekeeping = Instant.now().plus(Duration.ofMinutes(1));
		while (this.running) {
			try {
				this.wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUps.drainPermits();
				wait = publishAllPending() ? this.properties.relayPollInterval() : CONTENDED_RETRY;
				failureBackoff = Duration.ofMillis(100);
				if (Instant.now().isAfter(nextHousekeeping)) {
					this.housekeeping.run();
					nextHousekeeping = Instant.now().plus(HOUSEKEEPING_INTERVAL);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Outbox relay failed, retrying in {} ms: {}", failureBackoff.toMillis(), ex.toString());
				wait = failureBackoff;
				failureBackoff = min(failureBackoff.multipliedBy(2), MAX_FAILURE_BACKOFF);
			}
		}
	}

	/**
	 * @return false if another instance holds the relay lock
	 */
	private boolean publishAllPending() {
		return this.running && drain();
	}

	private boolean drain() {
		while (true) {
			Integer published = this.transactions.execute((status) -> publishBatch());
			if (published == null || published < 0) {
				return false;
			}
			if (published < this.properties.relayBatchSize()) {
				return true;
			}
		}
	}

	/**
	 * @return rows published, or -1 if another instance is relaying
	 */
	private int publishBatch() {
		if (!this.rows.tryLockRelay()) {
			return -1;
		}
		List<PendingEvent> pending = this.rows.oldestUnpublished(this.properties.relayBatchSize());
		if (pending.isEmpty()) {
			return 0;
		}
		this.properties.crashAt().haltIfAt(CrashPoint.RELAY_BEFORE_PUBLISH);
		List<CompletableFuture<?>> acks = new ArrayList<>(pending.size());
		for (PendingEvent event : pending) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
			record.headers().add(EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
			record.headers().add(EVENT_TYPE_HEADER, event.eventType().getBytes(StandardCharsets.UTF_8));
			acks.add(this.kafka.send(record));
		}
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
				.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while publishing the outbox", ex);
		}
		catch (Exception ex) {
			// Roll back: none of the batch is marked, all of it is sent again.
			throw new IllegalStateException("broker did not acknowledge the outbox batch", ex);
		}
		this.properties.crashAt().haltIfAt(CrashPoint.RELAY_AFTER_PUBLISH);
		this.rows.markPublished(pending.stream().map(PendingEvent::id).toList());
		return pending.size();
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}

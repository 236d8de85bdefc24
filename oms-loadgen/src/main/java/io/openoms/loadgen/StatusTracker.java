package io.openoms.loadgen;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.openoms.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code oms.order.status} from its end as the run starts and notes, per order,
 * when each status was seen (this JVM's nanosecond clock, the moment a subscriber sees
 * it), gaps and duplicates in the revisions, and each status per second.
 */
final class StatusTracker implements AutoCloseable {

	static final List<String> STATUSES = List.of("CREATED", "PAID", "BACKORDERED", "ALLOCATED", "SHIPPED", "COMPLETED",
			"CANCELLED");

	/** One order as the load generator sees it. */
	static final class OrderTrack {

		volatile OrderMix.Kind kind;

		/** When the order was meant to be sent (its schedule), -1 until placed. */
		volatile long intendedNanos = -1;

		volatile long sentNanos = -1;

		volatile long ackNanos = -1;

		/**
		 * When the broker acknowledged the placement record (upstream topic), else -1.
		 */
		volatile long producedNanos = -1;

		final long[] seenNanos = new long[STATUSES.size()];

		int highestRevision;

		int events;

		int duplicates;

		final CompletableFuture<String> ended = new CompletableFuture<>();

		long seen(String status) {
			int index = STATUSES.indexOf(status);
			return (index < 0) ? 0 : this.seenNanos[index];
		}

	}

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, OrderTrack> orders = new ConcurrentHashMap<>();

	private final TopicTail tail;

	private final Timeline timeline;

	private final AtomicLong unreadable = new AtomicLong();

	StatusTracker(String bootstrapServers, Timeline timeline) {
		this.tail = new TopicTail(bootstrapServers, "oms-loadgen-status", Topics.ORDER_STATUS,
				(record, nanos) -> onRecord(record.value(), nanos));
		this.timeline = timeline;
	}

	/** Starts reading from the topic's current end; returns once positioned there. */
	void start() throws InterruptedException {
		this.tail.start();
	}

	void onRecord(byte[] value, long nanos) {
		JsonNode payload;
		try {
			payload = json.readTree(value).path("payload");
		}
		catch (RuntimeException ex) {
			this.unreadable.incrementAndGet();
			return;
		}
		String orderId = payload.path("orderId").asString("");
		String status = payload.path("status").asString("");
		int revision = payload.path("revision").asInt(0);
		int index = STATUSES.indexOf(status);
		if (orderId.isEmpty() || index < 0) {
			this.unreadable.incrementAndGet();
			return;
		}
		OrderTrack track = this.orders.computeIfAbsent(orderId, (id) -> new OrderTrack());
		boolean terminal;
		synchronized (track) {
			track.events++;
			if (revision <= track.highestRevision) {
				track.duplicates++;
				return;
			}
			track.highestRevision = revision;
			if (track.seenNanos[index] == 0) {
				track.seenNanos[index] = nanos;
			}
			terminal = status.equals("COMPLETED") || status.equals("CANCELLED");
		}
		this.timeline.count(status, nanos);
		if (terminal) {
			track.ended.complete(status);
		}
	}

	/**
	 * Notes an order the load generator placed; its events may have arrived already.
	 */
	OrderTrack register(String orderId, OrderMix.Kind kind, long intendedNanos, long sentNanos, long ackNanos) {
		OrderTrack track = this.orders.computeIfAbsent(orderId, (id) -> new OrderTrack());
		track.kind = kind;
		track.intendedNanos = intendedNanos;
		track.sentNanos = sentNanos;
		track.ackNanos = ackNanos;
		return track;
	}

	/** The orders this run placed. */
	List<OrderTrack> placed() {
		return this.orders.values().stream().filter((track) -> track.intendedNanos >= 0).toList();
	}

	/** Orders whose status changed during the run but that this run did not place. */
	long foreignEvents() {
		return this.orders.values().stream().filter((track) -> track.intendedNanos < 0).count();
	}

	long unreadable() {
		return this.unreadable.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.tail.close();
	}

}

package io.openoms.loadgen;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Places the orders of a run, by the open or the closed model.
 *
 * <p>
 * Open model: order {@code i} is due at {@code start + i / rate}, and it is sent then
 * whether or not earlier orders were answered; its latencies are measured from that
 * intended time, so a stall of the system shows in full instead of being hidden by the
 * load generator waiting (no coordinated omission). Closed model: each client places an
 * order, waits for its final status (or only for the HTTP answer), then places the next;
 * its latencies are measured from the actual send.
 */
final class LoadDriver {

	private final BenchSettings settings;

	private final OrderChannel channel;

	private final OrderMix mix;

	private final StatusTracker tracker;

	private final Timeline timeline;

	private final LongAdder sent = new LongAdder();

	private final LongAdder accepted = new LongAdder();

	private final AtomicLong inFlight = new AtomicLong();

	private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

	LoadDriver(BenchSettings settings, OrderChannel channel, OrderMix mix, StatusTracker tracker, Timeline timeline) {
		this.settings = settings;
		this.channel = channel;
		this.mix = mix;
		this.tracker = tracker;
		this.timeline = timeline;
	}

	/** Places orders until the run's duration is over and every placement is answered. */
	void run(long startNanos) throws InterruptedException {
		long endNanos = startNanos + this.settings.duration().toNanos();
		if (this.settings.load() == BenchSettings.LoadModel.OPEN) {
			runOpen(startNanos, endNanos);
		}
		else {
			runClosed(endNanos);
		}
	}

	private void runOpen(long startNanos, long endNanos) throws InterruptedException {
		double intervalNanos = 1e9 / this.settings.rate();
		for (long i = 0;; i++) {
			long intended = startNanos + (long) (i * intervalNanos);
			if (intended >= endNanos) {
				break;
			}
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			send(this.mix.next(), intended);
		}
		while (this.inFlight.get() > 0) {
			Thread.sleep(50);
		}
	}

	private void runClosed(long endNanos) throws InterruptedException {
		Thread[] clients = new Thread[this.settings.clients()];
		for (int c = 0; c < clients.length; c++) {
			clients[c] = new Thread(() -> {
				while (System.nanoTime() < endNanos) {
					long now = System.nanoTime();
					StatusTracker.OrderTrack track = send(this.mix.next(), now).join();
					if (track != null && this.settings.closedWait() == BenchSettings.ClosedWait.TERMINAL) {
						try {
							track.ended.get(60, TimeUnit.SECONDS);
						}
						catch (ExecutionException | TimeoutException ex) {
							// Not ended within a minute: the drain reports it as lost.
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}
			}, "client-" + c);
			clients[c].start();
		}
		for (Thread client : clients) {
			client.join();
		}
	}

	private CompletableFuture<StatusTracker.OrderTrack> send(OrderMix.PlannedOrder order, long intended) {
		long sentAt = System.nanoTime();
		this.sent.increment();
		this.inFlight.incrementAndGet();
		this.timeline.count("placed", intended);
		return this.channel.place(order).thenApply((placement) -> {
			long answered = System.nanoTime();
			this.inFlight.decrementAndGet();
			if (!placement.accepted()) {
				this.timeline.count("rejected", answered);
				this.failures.computeIfAbsent(placement.failure(), (k) -> new LongAdder()).increment();
				return null;
			}
			this.accepted.increment();
			this.timeline.count("accepted", answered);
			StatusTracker.OrderTrack track = this.tracker.register(placement.orderId(), order.kind(), intended, sentAt,
					answered);
			track.producedNanos = placement.producedNanos();
			return track;
		});
	}

	long sent() {
		return this.sent.sum();
	}

	long accepted() {
		return this.accepted.sum();
	}

	Map<String, Long> failures() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.failures.forEach((key, count) -> counts.put(key, count.sum()));
		return counts;
	}

}

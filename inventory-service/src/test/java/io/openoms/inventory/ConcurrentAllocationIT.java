package io.openoms.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.openoms.inventory.application.AllocateOrder;
import io.openoms.inventory.domain.AllocationRequest;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.messaging.Causation;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many allocations at once against real PostgreSQL row locks: stock is never oversold and
 * allocations of the same SKUs in different line orders never deadlock.
 */
class ConcurrentAllocationIT extends InventoryTestContext {

	private static final int THREADS = 16;

	@Autowired
	AllocateOrder allocateOrder;

	private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

	@AfterEach
	void shutDown() throws InterruptedException {
		this.pool.shutdownNow();
		assertThat(this.pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertLevelsEqualTheirMovements();
	}

	@Test
	void twoHundredBuyersOfTenPostersGetExactlyTenAllocations() throws Exception {
		String poster = newSku("POSTER");
		receive(poster, "WH-BERLIN", 10);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger lowestAvailable = new AtomicInteger(Integer.MAX_VALUE);
		Thread watcher = new Thread(() -> {
			while (running.get()) {
				lowestAvailable.accumulateAndGet(available(poster, "WH-BERLIN"), Math::min);
			}
		});
		watcher.start();

		List<AllocationStatus> outcomes = allocateConcurrently(200, (i) -> List.of(new RequestedLine(poster, 1)));
		running.set(false);
		watcher.join();

		assertThat(outcomes).filteredOn((status) -> status == AllocationStatus.ALLOCATED).hasSize(10);
		assertThat(outcomes).filteredOn((status) -> status == AllocationStatus.REJECTED).hasSize(190);
		assertThat(reserved(poster, "WH-BERLIN")).isEqualTo(10);
		assertThat(onHand(poster, "WH-BERLIN")).isEqualTo(10);
		assertThat(lowestAvailable.get()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void ordersNamingTheSameSkusInOppositeOrderNeverDeadlock() throws Exception {
		String mug = newSku("MUG");
		String cap = newSku("CAP");
		receive(mug, "WH-BERLIN", 30);
		receive(cap, "WH-BERLIN", 30);

		List<AllocationStatus> outcomes = allocateConcurrently(100,
				(i) -> (i % 2 == 0) ? List.of(new RequestedLine(mug, 1), new RequestedLine(cap, 1))
						: List.of(new RequestedLine(cap, 1), new RequestedLine(mug, 1)));

		assertThat(outcomes).filteredOn((status) -> status == AllocationStatus.ALLOCATED).hasSize(30);
		assertThat(reserved(mug, "WH-BERLIN")).isEqualTo(30);
		assertThat(reserved(cap, "WH-BERLIN")).isEqualTo(30);
	}

	/**
	 * Runs the attempts from the pool, all released at once; any exception fails the
	 * test.
	 */
	private List<AllocationStatus> allocateConcurrently(int attempts, LinesOfAttempt lines) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<AllocationStatus>> futures = new ArrayList<>(attempts);
		for (int i = 0; i < attempts; i++) {
			AllocationRequest request = new AllocationRequest(UUID.randomUUID(), lines.of(i));
			futures.add(this.pool.submit(() -> {
				start.await();
				return this.allocateOrder.allocate(request, Causation.newRequest(UUID.randomUUID())).status();
			}));
		}
		start.countDown();
		List<AllocationStatus> outcomes = new ArrayList<>(attempts);
		for (Future<AllocationStatus> future : futures) {
			outcomes.add(future.get(60, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	@FunctionalInterface
	private interface LinesOfAttempt {

		List<RequestedLine> of(int attempt);

	}

}

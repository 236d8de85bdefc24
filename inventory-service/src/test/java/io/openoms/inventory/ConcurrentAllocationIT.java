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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.openoms.inventory.application.AllocateOrder;
import io.openoms.inventory.domain.AllocationRequest;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.messaging.Causation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many allocations at once against real PostgreSQL row locks, from two instances of the
 * service (two application contexts, two connection pools) on one database: stock is
 * never oversold, and allocations of the same SKUs in different line orders never
 * deadlock.
 */
class ConcurrentAllocationIT extends InventoryTestContext {

	private static final int THREADS_PER_INSTANCE = 16;

	private static ConfigurableApplicationContext secondInstance;

	@Autowired
	AllocateOrder allocateOrder;

	@Autowired
	Environment environment;

	private final ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);

	@AfterEach
	void shutDown() throws InterruptedException {
		this.pool.shutdownNow();
		assertThat(this.pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertLevelsEqualTheirMovements();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void aThousandBuyersOnTwoInstancesOfTenPostersGetExactlyTenAllocations() throws Exception {
		String poster = newSku("POSTER");
		receive(poster, "WH-BERLIN", 10);
		AllocateOrder otherInstance = secondInstance().getBean(AllocateOrder.class);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger lowestOnHand = new AtomicInteger(Integer.MAX_VALUE);
		AtomicInteger lowestAvailable = new AtomicInteger(Integer.MAX_VALUE);
		Thread watcher = new Thread(() -> {
			while (running.get()) {
				lowestOnHand.accumulateAndGet(onHand(poster, "WH-BERLIN"), Math::min);
				lowestAvailable.accumulateAndGet(available(poster, "WH-BERLIN"), Math::min);
			}
		});
		watcher.start();

		List<AllocationStatus> outcomes = allocateConcurrently(1000, (i) -> List.of(new RequestedLine(poster, 1)),
				otherInstance);
		running.set(false);
		watcher.join();

		assertThat(outcomes).filteredOn((status) -> status == AllocationStatus.ALLOCATED).hasSize(10);
		assertThat(outcomes).filteredOn((status) -> status == AllocationStatus.REJECTED).hasSize(990);
		assertThat(reserved(poster, "WH-BERLIN")).isEqualTo(10);
		assertThat(onHand(poster, "WH-BERLIN")).isEqualTo(10);
		assertThat(lowestOnHand.get()).as("on hand, sampled throughout").isGreaterThanOrEqualTo(0);
		assertThat(lowestAvailable.get()).as("on hand minus reserved, sampled throughout").isGreaterThanOrEqualTo(0);
		assertThat(this.jdbc
			.sql("select count(*) from allocation a join allocation_line l on l.allocation_id = a.id"
					+ " where l.sku = ? and a.status = 'ALLOCATED'")
			.param(poster)
			.query(Long.class)
			.single()).isEqualTo(10);
		assertThat(this.jdbc
			.sql("select count(*) from oms_messaging.outbox where event_type = 'StockRanOut' and message_key = ?")
			.param(io.openoms.contracts.inventory.StockAlert.keyOf(poster).toString())
			.query(Long.class)
			.single()).as("out-of-stock alerts, once however many buyers saw it run out").isEqualTo(1);
	}

	@Test
	void ordersNamingTheSameSkusInOppositeOrderNeverDeadlock() throws Exception {
		String mug = newSku("MUG");
		String cap = newSku("CAP");
		receive(mug, "WH-BERLIN", 30);
		receive(cap, "WH-BERLIN", 30);

		List<AllocationStatus> outcomes = allocateConcurrently(100,
				(i) -> (i % 2 == 0) ? List.of(new RequestedLine(mug, 1), new RequestedLine(cap, 1))
						: List.of(new RequestedLine(cap, 1), new RequestedLine(mug, 1)),
				secondInstance().getBean(AllocateOrder.class));

		assertThat(outcomes).filteredOn((status) -> status == AllocationStatus.ALLOCATED).hasSize(30);
		assertThat(reserved(mug, "WH-BERLIN")).isEqualTo(30);
		assertThat(reserved(cap, "WH-BERLIN")).isEqualTo(30);
	}

	/**
	 * A second inventory-service on the same database and broker, with its own connection
	 * pool, as a second process would be.
	 */
	private ConfigurableApplicationContext secondInstance() {
		if (secondInstance == null) {
			// Command-line arguments: they win over the service's configuration file.
			secondInstance = new SpringApplicationBuilder(InventoryServiceApplication.class).run(
					"--spring.config.name=" + InventoryServiceApplication.CONFIG_NAME, "--server.port=0",
					"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password"),
					"--spring.kafka.bootstrap-servers="
							+ this.environment.getProperty("spring.kafka.bootstrap-servers"));
		}
		return secondInstance;
	}

	/**
	 * Runs the attempts from the pool, half through each instance, all released at once;
	 * any exception fails the test.
	 */
	private List<AllocationStatus> allocateConcurrently(int attempts, LinesOfAttempt lines, AllocateOrder other)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<AllocationStatus>> futures = new ArrayList<>(attempts);
		for (int i = 0; i < attempts; i++) {
			AllocationRequest request = new AllocationRequest(UUID.randomUUID(), lines.of(i));
			AllocateOrder instance = (i % 2 == 0) ? this.allocateOrder : other;
			futures.add(this.pool.submit(() -> {
				start.await();
				return instance.allocate(request, Causation.newRequest(UUID.randomUUID())).status();
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

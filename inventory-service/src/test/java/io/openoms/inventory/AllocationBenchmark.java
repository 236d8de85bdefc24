package io.openoms.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import io.openoms.inventory.application.AllocateOrder;
import io.openoms.inventory.application.ReceiveStock;
import io.openoms.inventory.application.ReceiveStockCommand;
import io.openoms.inventory.domain.AllocationRequest;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.messaging.Causation;
import io.openoms.testsupport.TestDatabase;
import io.openoms.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many allocations per second one inventory-service instance makes against the
 * embedded PostgreSQL (and the embedded Kafka its outbox relay publishes to): on one hot
 * SKU, where every allocation waits for the same row lock, and on SKUs spread over many
 * rows. Not a test: run it with {@code bin/bench-allocation}.
 * <p>
 * Each allocation is the real thing: the OrderPaid use case in its own transaction (row
 * locks, the allocation and its lines, the ALLOCATION movements, the StockAllocated
 * outbox row, the stock alert check). System properties: {@code bench.allocations} (per
 * scenario, default 5000), {@code bench.threads} (default 8), {@code bench.skus} (spread
 * scenario, default 1000).
 */
public final class AllocationBenchmark {

	private AllocationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int allocations = Integer.getInteger("bench.allocations", 5000);
		int threads = Integer.getInteger("bench.threads", 8);
		int skus = Integer.getInteger("bench.skus", 1000);
		System.setProperty("oms.test.infrastructure", "embedded");
		TestDatabase database = TestInfrastructure.newDatabase("bench_inventory");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InventoryServiceApplication.class)
			.run("--spring.config.name=" + InventoryServiceApplication.CONFIG_NAME, "--server.port=0",
					"--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.datasource.hikari.maximum-pool-size=" + (threads + 2),
					"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
					"--logging.level.root=WARN")) {
			AllocateOrder allocate = context.getBean(AllocateOrder.class);
			ReceiveStock receive = context.getBean(ReceiveStock.class);
			receive.receive(new ReceiveStockCommand("BENCH-HOT", "WH-BERLIN", 10_000_000, "BENCH"));
			for (int i = 0; i < skus; i++) {
				receive.receive(new ReceiveStockCommand(spreadSku(i), "WH-BERLIN", 1_000_000, "BENCH"));
			}
			System.out.printf(Locale.ROOT, "%nallocation benchmark: %d allocations per scenario, %d threads, %s%n",
					allocations, threads, TestInfrastructure.description());
			System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
					System.getProperty("os.version"), System.getProperty("java.version"));
			run("warm-up (spread)", allocate, allocations / 5, threads,
					(i) -> spreadSku(ThreadLocalRandom.current().nextInt(skus)));
			run("hot SKU (one row)", allocate, allocations, threads, (i) -> "BENCH-HOT");
			run("spread over " + skus + " SKUs", allocate, allocations, threads,
					(i) -> spreadSku(ThreadLocalRandom.current().nextInt(skus)));
		}
		System.exit(0);
	}

	private static String spreadSku(int i) {
		return "BENCH-" + i;
	}

	private static void run(String scenario, AllocateOrder allocate, int allocations, int threads,
			IntFunction<String> skuOf) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Long>> futures = new ArrayList<>(allocations);
		for (int i = 0; i < allocations; i++) {
			String sku = skuOf.apply(i);
			futures.add(pool.submit(() -> {
				start.await();
				long begin = System.nanoTime();
				AllocationStatus status = allocate
					.allocate(new AllocationRequest(UUID.randomUUID(), List.of(new RequestedLine(sku, 1))),
							Causation.newRequest(UUID.randomUUID()))
					.status();
				if (status != AllocationStatus.ALLOCATED) {
					throw new IllegalStateException("benchmark allocation of " + sku + " was " + status);
				}
				return System.nanoTime() - begin;
			}));
		}
		long begin = System.nanoTime();
		start.countDown();
		List<Long> latencies = new ArrayList<>(allocations);
		for (Future<Long> future : futures) {
			latencies.add(future.get());
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
		pool.shutdown();
		latencies.sort(Long::compare);
		System.out.printf(Locale.ROOT, "%-24s %7.0f allocations/s  (%d in %.2f s; latency p50 %.1f ms, p99 %.1f ms)%n",
				scenario, allocations / (elapsed.toNanos() / 1e9), allocations, elapsed.toNanos() / 1e9,
				percentile(latencies, 0.50), percentile(latencies, 0.99));
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
	}

}

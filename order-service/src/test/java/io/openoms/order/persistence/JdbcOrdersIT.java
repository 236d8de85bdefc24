package io.openoms.order.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.openoms.contracts.Money;
import io.openoms.order.domain.Fulfilment;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.OrderNote;
import io.openoms.order.domain.OrderStatus;
import io.openoms.order.domain.Origin;
import io.openoms.order.domain.ShippingAddress;
import io.openoms.order.domain.pricing.PriceBreakdown;
import io.openoms.order.domain.pricing.PricingEngine;
import io.openoms.order.domain.pricing.PricingRule;
import io.openoms.order.domain.pricing.TaxRates;
import io.openoms.testsupport.TestDatabase;
import io.openoms.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link JdbcOrders} against a real PostgreSQL without the application: each operation is
 * one statement, so what it writes must read back the same, and its locking must keep
 * concurrent writers apart.
 */
class JdbcOrdersIT {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private static final ShippingAddress ADDRESS = new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115",
			"Berlin", "DE");

	private static final ExecutorService threads = Executors.newFixedThreadPool(8);

	private static JdbcClient jdbc;

	private static JdbcOrders orders;

	private static TransactionTemplate transactions;

	@BeforeAll
	static void database() {
		TestDatabase database = TestInfrastructure.newDatabase("orders_jdbc");
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations("classpath:db/migration/order")
			.load()
			.migrate();
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
				database.username(), database.password());
		jdbc = JdbcClient.create(dataSource);
		orders = new JdbcOrders(jdbc, JsonMapper.builder().build());
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void pricedOrderReadsBackAsPlacedWithEveryRow() {
		Order order = placed();

		Order read = orders.findById(order.id()).orElseThrow();

		assertThat(read.snapshot()).isEqualTo(order.snapshot());
		assertThat(read.pricing().orElseThrow().orderDiscounts()).hasSize(1);
		assertThat(read.pricing().orElseThrow().lines().get(0).discounts()).hasSize(1);
		assertThat(stages(order.id())).containsExactly("CREATED");
	}

	@Test
	void transitionsWriteOnlyWhatChangedAndReadBackTheSame() {
		Order order = placed();
		UUID payment = UUID.randomUUID();
		UUID allocation = UUID.randomUUID();

		Order paid = inTransaction(() -> {
			Order locked = orders.lockById(order.id()).orElseThrow();
			locked.paymentSucceeded(payment, NOW.plusSeconds(1));
			locked.recordProgress("payment captured", NOW.plusSeconds(1));
			orders.update(locked);
			return locked;
		});
		Order allocated = inTransaction(() -> {
			Order locked = orders.lockById(order.id()).orElseThrow();
			locked.stockAllocated(allocation, "WH-BERLIN",
					List.of(new OrderEvent.AllocatedUnits("MUG-LOGO", 2, "WH-BERLIN"),
							new OrderEvent.AllocatedUnits("CAP-NAVY", 1, "WH-HAMBURG")),
					NOW.plusSeconds(2));
			orders.update(locked);
			// A second update in the same transaction writes nothing twice.
			locked.recordProgress("picked", NOW.plusSeconds(3));
			orders.update(locked);
			return locked;
		});

		assertThat(paid.revision()).isEqualTo(2);
		Order read = orders.findById(order.id()).orElseThrow();
		assertThat(read.snapshot()).isEqualTo(allocated.snapshot());
		assertThat(read.notes()).extracting(OrderNote::sequence).containsExactly(1, 2);
		assertThat(stages(order.id())).containsExactlyInAnyOrder("CREATED", "PAID", "ALLOCATED");
	}

	@Test
	void notesAppendedConcurrentlyWithTransitionsGetDistinctNumbers() {
		Order order = placed();
		List<CompletableFuture<?>> writers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			int n = i;
			writers.add(CompletableFuture.runAsync(() -> inTransaction(() -> {
				if (n % 3 == 0) {
					Order locked = orders.lockById(order.id()).orElseThrow();
					locked.recordProgress("progress " + n, NOW);
					orders.update(locked);
				}
				else {
					assertThat(orders.appendNote(order.id(), "milestone " + n, NOW)).isTrue();
				}
				return null;
			}), threads));
		}
		CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();

		Order read = orders.findById(order.id()).orElseThrow();
		assertThat(read.notes()).extracting(OrderNote::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(jdbc.sql("select note_count from customer_order where id = ?")
			.param(order.id())
			.query(Integer.class)
			.single()).isEqualTo(12);
	}

	@Test
	void lockThatWaitedForAnotherTransactionReadsWhatItCommitted() throws Exception {
		Order order = placed();
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<?> first = CompletableFuture.runAsync(() -> inTransaction(() -> {
			Order mine = orders.lockById(order.id()).orElseThrow();
			locked.countDown();
			awaitLatch(release);
			mine.paymentSucceeded(UUID.randomUUID(), NOW.plusSeconds(1));
			orders.update(mine);
			orders.appendNote(order.id(), "in transit", NOW.plusSeconds(2));
			return null;
		}), threads);
		awaitLatch(locked);
		CompletableFuture<Order> second = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
			Order mine = orders.lockById(order.id()).orElseThrow();
			mine.cancel("customer changed their mind", NOW.plusSeconds(3));
			orders.update(mine);
			return mine;
		}), threads);
		await().atMost(10, TimeUnit.SECONDS).until(() -> waitingForALock() > 0);
		release.countDown();
		first.get(10, TimeUnit.SECONDS);

		Order cancelled = second.get(10, TimeUnit.SECONDS);
		assertThat(cancelled.history()).extracting((change) -> change.to())
			.containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.CANCELLED);
		assertThat(orders.findById(order.id()).orElseThrow().snapshot()).isEqualTo(cancelled.snapshot());
	}

	@Test
	void orderThatDoesNotExistIsNeitherFoundNorNoted() {
		UUID unknown = UUID.randomUUID();

		assertThat(orders.findById(unknown)).isEmpty();
		assertThat(inTransaction(() -> orders.lockById(unknown))).isEmpty();
		assertThat(inTransaction(() -> orders.appendNote(unknown, "lost", NOW))).isFalse();
	}

	private static Order placed() {
		List<OrderLine> lines = List.of(new OrderLine("MUG-LOGO", 2, new Money(999, "EUR"), 450),
				new OrderLine("CAP-NAVY", 1, new Money(1499, "EUR")));
		PriceBreakdown pricing = new PricingEngine(new TaxRates(Map.of("DE", 1900), 0))
			.price(lines.stream()
				.map((line) -> new PricingEngine.Item(line.sku(), null, line.quantity(), line.unitPrice()))
				.toList(), List.of(rule(PricingRule.Scope.SKU, "MUG-LOGO"), rule(PricingRule.Scope.ORDER, null)), null,
					"DE", NOW)
			.breakdown();
		Order order = Order
			.place(UUID.randomUUID(), "customer-1", lines, "pm_card_visa", ADDRESS, Fulfilment.STANDARD,
					new Origin("shop", "ref-" + UUID.randomUUID()), pricing, NOW)
			.order();
		inTransaction(() -> {
			orders.add(order);
			return null;
		});
		return order;
	}

	private static PricingRule rule(PricingRule.Scope scope, String target) {
		return new PricingRule(UUID.randomUUID(), "10 % off " + scope, PricingRule.Kind.PERCENTAGE, 1000, null, scope,
				target, null, null, null, null, null, true, true);
	}

	private static List<String> stages(UUID orderId) {
		return jdbc.sql("select status from order_stage where order_id = ?").param(orderId).query(String.class).list();
	}

	private static int waitingForALock() {
		return jdbc
			.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
					+ " and datname = current_database()")
			.query(Integer.class)
			.single();
	}

	private static <T> T inTransaction(java.util.function.Supplier<T> work) {
		return transactions.execute((status) -> work.get());
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package io.openoms.order.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.openoms.testsupport.TestDatabase;
import io.openoms.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;

/**
 * Times the report queries of {@link JdbcReports} over a million orders. Not a test: run
 * it with {@code bin/bench-reports}.
 * <p>
 * Starts the embedded PostgreSQL, migrates a fresh database with order-service's
 * migrations (so the indexes are the real ones), seeds {@code bench.orders} orders
 * (default 1,000,000) spread evenly over 2025 with {@code generate_series}: two lines
 * each, four channels, and a status history per order (completed, on their way, or
 * cancelled for one of three reasons), about 4.1 history rows per order, and the reports'
 * {@code order_stage} rows derived from the history as order-service writes them. Then
 * runs each report for the last 30 days and for the whole year with
 * {@code EXPLAIN (ANALYZE,
 * BUFFERS)}, {@code bench.runs} times (default 3) after a warm-up, and prints the median
 * execution time; the plans go to {@code order-service/target/bench-reports-plans.txt}.
 */
public final class ReportsBenchmark {

	private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");

	private static final Instant YEAR_END = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant LAST_30_DAYS = Instant.parse("2025-12-02T00:00:00Z");

	private ReportsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int orders = Integer.getInteger("bench.orders", 1_000_000);
		int runs = Integer.getInteger("bench.runs", 3);
		System.setProperty("oms.test.infrastructure", "embedded");
		TestDatabase database = TestInfrastructure.newDatabase("bench_reports");
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations("classpath:db/migration/order")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			long started = System.nanoTime();
			seed(connection, orders);
			System.out.printf(Locale.ROOT, "%nreports benchmark: %,d orders seeded in %.1f s (%s)%n", orders,
					(System.nanoTime() - started) / 1e9, counts(connection));
			System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, %s%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
					System.getProperty("os.version"), System.getProperty("java.version"), version(connection));
			StringBuilder plans = new StringBuilder();
			System.out.printf(Locale.ROOT, "%-22s %16s %16s%n", "report", "last 30 days", "whole year");
			report(connection, "sales by day/channel", JdbcReports.SALES, false, runs, plans);
			report(connection, "top products", JdbcReports.TOP_PRODUCTS, true, runs, plans);
			report(connection, "funnel: current", JdbcReports.CURRENT_STATUS, false, runs, plans);
			report(connection, "funnel: reached", JdbcReports.REACHED, false, runs, plans);
			report(connection, "stage times", JdbcReports.STAGE_TIMES, false, runs, plans);
			report(connection, "cancellation reasons", JdbcReports.CANCELLATION_REASONS, true, runs, plans);
			Path out = Path.of("order-service", "target", "bench-reports-plans.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, plans);
			System.out.println("plans: " + out.toAbsolutePath());
		}
		System.exit(0);
	}

	private static void seed(Connection connection, int orders) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			// bucket (i % 20): 0, 1 payment failed; 2 no stock; 3 created; 4 paid; 5
			// allocated; 6 shipped; 7-19 completed. Seconds after placement scale with i
			// % 7.
			statement.execute("""
					create temporary table bench_path (bucket int, revision int, from_status varchar(20),
					    to_status varchar(20), reason text, seconds int)
					""");
			statement.execute("""
					insert into bench_path values
					    (0, 2, 'CREATED', 'CANCELLED', 'payment failed: card declined', 20),
					    (1, 2, 'CREATED', 'CANCELLED', 'payment failed: insufficient funds', 25),
					    (2, 2, 'CREATED', 'PAID', null, 30),
					    (2, 3, 'PAID', 'CANCELLED', 'stock allocation failed: out of stock', 120),
					    (4, 2, 'CREATED', 'PAID', null, 30),
					    (5, 2, 'CREATED', 'PAID', null, 30), (5, 3, 'PAID', 'ALLOCATED', null, 90),
					    (6, 2, 'CREATED', 'PAID', null, 30), (6, 3, 'PAID', 'ALLOCATED', null, 90),
					    (6, 4, 'ALLOCATED', 'SHIPPED', null, 7200)
					""");
			for (int bucket = 7; bucket < 20; bucket++) {
				statement.execute(
						"""
								insert into bench_path values
								    (%1$d, 2, 'CREATED', 'PAID', null, 30), (%1$d, 3, 'PAID', 'ALLOCATED', null, 90),
								    (%1$d, 4, 'ALLOCATED', 'SHIPPED', null, 7200), (%1$d, 5, 'SHIPPED', 'COMPLETED', null, 86400)
								"""
							.formatted(bucket));
			}
			String series = """
					from generate_series(1::bigint, %d) i
					cross join lateral (select timestamptz '2025-01-01 00:00:00+00'
					    + (i::bigint * 31535999 / %d) * interval '1 second' as placed) t
					""".formatted(orders, orders);
			statement.execute(
					"""
							insert into customer_order (id, customer_id, status, revision, total_minor, currency, payment_method,
							    ship_name, ship_line1, ship_postal_code, ship_city, ship_country, created_at, updated_at, channel)
							select md5(i::text)::uuid, 'customer-' || (i %% 50000),
							    case when i %% 20 < 3 then 'CANCELLED' when i %% 20 = 3 then 'CREATED' when i %% 20 = 4 then 'PAID'
							         when i %% 20 = 5 then 'ALLOCATED' when i %% 20 = 6 then 'SHIPPED' else 'COMPLETED' end,
							    1 + (select count(*) from bench_path p where p.bucket = i %% 20),
							    1000 + (i * 7919) %% 20000, 'EUR', 'pm_card_visa', 'Bench', 'Main St 1', '10115', 'Berlin', 'DE',
							    placed, placed,
							    case i %% 10 when 6 then 'shop' when 7 then 'shop' when 8 then 'marketplace' when 9 then 'pos'
							         else 'api' end
							%s
							"""
						.formatted(series)
						.replace("%%", "%"));
			statement.execute("""
					insert into order_line (order_id, line_no, sku, quantity, unit_price_minor, total_minor, tax_minor)
					select md5(i::text)::uuid, l, 'SKU-' || ((i * l * 7) %% 500), 1 + i %% 3, 999, 999 * (1 + i %% 3), 0
					from generate_series(1::bigint, %d) i cross join generate_series(1, 2) l
					""".formatted(orders).replace("%%", "%"));
			statement.execute("""
					insert into order_status_change (order_id, revision, from_status, to_status, reason, changed_at)
					select md5(i::text)::uuid, 1, null, 'CREATED', 'order placed', placed
					%s
					""".formatted(series));
			statement.execute("""
					insert into order_status_change (order_id, revision, from_status, to_status, reason, changed_at)
					select md5(i::text)::uuid, p.revision, p.from_status, p.to_status, p.reason,
					    placed + (p.seconds * (1 + i %% 7)) * interval '1 second'
					%s
					join bench_path p on p.bucket = i %% 20
					""".formatted(series).replace("%%", "%"));
			statement.execute("""
					insert into order_stage (order_id, status, placed_at, seconds)
					select c.order_id, c.to_status, o.created_at, extract(epoch from min(c.changed_at) - o.created_at)
					from order_status_change c join customer_order o on o.id = c.order_id
					group by c.order_id, c.to_status, o.created_at
					""");
			statement.execute("vacuum analyze");
			// as JdbcReports sets it for each report's transaction
			statement.execute("set work_mem = '" + JdbcReports.WORK_MEM + "'");
		}
	}

	private static void report(Connection connection, String name, String sql, boolean limited, int runs,
			StringBuilder plans) throws SQLException {
		double month = measure(connection, name + " (last 30 days)", sql, LAST_30_DAYS, limited, runs, plans);
		double year = measure(connection, name + " (whole year)", sql, YEAR_START, limited, runs, plans);
		System.out.printf(Locale.ROOT, "%-22s %13.1f ms %13.1f ms%n", name, month, year);
	}

	private static double measure(Connection connection, String name, String sql, Instant from, boolean limited,
			int runs, StringBuilder plans) throws SQLException {
		List<String> plan = explain(connection, sql, from, limited);
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			plan = explain(connection, sql, from, limited);
			times[i] = executionTime(plan);
		}
		Arrays.sort(times);
		plans.append("== ").append(name).append(System.lineSeparator());
		plan.forEach((line) -> plans.append(line).append(System.lineSeparator()));
		plans.append(System.lineSeparator());
		return times[runs / 2];
	}

	private static List<String> explain(Connection connection, String sql, Instant from, boolean limited)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
			statement.setTimestamp(1, Timestamp.from(from));
			statement.setTimestamp(2, Timestamp.from(YEAR_END));
			if (limited) {
				statement.setInt(3, 20);
			}
			List<String> plan = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					plan.add(rs.getString(1));
				}
			}
			return plan;
		}
	}

	private static double executionTime(List<String> plan) {
		String last = plan.stream().filter((line) -> line.startsWith("Execution Time")).findFirst().orElseThrow();
		return Double.parseDouble(last.replaceAll("[^0-9.]", ""));
	}

	private static String counts(Connection connection) throws SQLException {
		return "orders " + count(connection, "customer_order") + ", lines " + count(connection, "order_line")
				+ ", history rows " + count(connection, "order_status_change");
	}

	private static String count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
			rs.next();
			return String.format(Locale.ROOT, "%,d", rs.getLong(1));
		}
	}

	private static String version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show server_version")) {
			rs.next();
			return "PostgreSQL " + rs.getString(1);
		}
	}

}

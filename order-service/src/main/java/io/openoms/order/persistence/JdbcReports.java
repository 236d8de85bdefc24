package io.openoms.order.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.openoms.order.application.reporting.Reports;
import io.openoms.order.domain.OrderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports in SQL. Each reads the orders of the period through the index on
 * {@code customer_order (created_at)} (which carries channel, status, total and currency,
 * so the sales report and the funnel's current counts never touch the table), the history
 * through its primary key, the cancellations through a partial index. The queries are
 * public so the benchmark (bin/bench-reports) times exactly these.
 */
@Repository
public class JdbcReports implements Reports {

	public static final String SALES = """
			select (created_at at time zone 'UTC')::date as day, channel, currency, count(*) as orders,
			    count(*) filter (where status = 'CANCELLED') as cancelled,
			    coalesce(sum(total_minor) filter (where status <> 'CANCELLED'), 0) as revenue
			from customer_order
			where created_at >= ? and created_at < ?
			group by 1, 2, 3
			order by 1, 2, 3
			""";

	public static final String TOP_PRODUCTS = """
			select l.sku, min(p.name) as name, o.currency, sum(l.quantity) as units, count(*) as orders,
			    sum(coalesce(l.total_minor, l.unit_price_minor * l.quantity)) as revenue
			from customer_order o
			join order_line l on l.order_id = o.id
			left join product p on p.sku = l.sku
			where o.created_at >= ? and o.created_at < ? and o.status <> 'CANCELLED'
			group by l.sku, o.currency
			order by units desc, l.sku
			limit ?
			""";

	public static final String CURRENT_STATUS = """
			select status, count(*) as orders
			from customer_order
			where created_at >= ? and created_at < ?
			group by status
			""";

	/** How many orders of the period reached each status (order_stage, index only). */
	public static final String REACHED = """
			select status, count(*) as orders
			from order_stage
			where placed_at >= ? and placed_at < ?
			group by status
			""";

	/**
	 * How long the orders of the period took from placement to first reaching each
	 * status: average and exact 95th percentile, from order_stage.
	 */
	public static final String STAGE_TIMES = """
			select status, count(*) as orders, avg(seconds) as avg_seconds,
			    percentile_cont(0.95) within group (order by seconds) as p95_seconds
			from order_stage
			where placed_at >= ? and placed_at < ? and status <> 'CREATED'
			group by status
			""";

	/**
	 * Memory for the reports' sorts and hashes, set for their transaction only, so a
	 * year's percentile sorts in memory instead of on disk.
	 */
	public static final String WORK_MEM = "64MB";

	public static final String CANCELLATION_REASONS = """
			select reason, count(*) as orders
			from order_status_change
			where to_status = 'CANCELLED' and changed_at >= ? and changed_at < ?
			group by reason
			order by orders desc, reason
			limit ?
			""";

	private final JdbcClient jdbc;

	JdbcReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SalesDay> salesByDayAndChannel(Instant from, Instant to) {
		workMem();
		return this.jdbc.sql(SALES)
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new SalesDay(rs.getDate("day").toLocalDate(), rs.getString("channel"),
					rs.getString("currency"), rs.getLong("orders"), rs.getLong("cancelled"), rs.getLong("revenue")))
			.list();
	}

	@Override
	public List<TopProduct> topProducts(Instant from, Instant to, int limit) {
		workMem();
		return this.jdbc.sql(TOP_PRODUCTS)
			.params(Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, n) -> new TopProduct(rs.getString("sku"), rs.getString("name"), rs.getString("currency"),
					rs.getLong("units"), rs.getLong("orders"), rs.getLong("revenue")))
			.list();
	}

	@Override
	public List<FunnelStage> statusFunnel(Instant from, Instant to) {
		Map<String, Long> current = new HashMap<>();
		this.jdbc.sql(CURRENT_STATUS).params(Timestamp.from(from), Timestamp.from(to)).query((rs) -> {
			current.put(rs.getString("status"), rs.getLong("orders"));
		});
		Map<String, Long> reached = new HashMap<>();
		this.jdbc.sql(REACHED).params(Timestamp.from(from), Timestamp.from(to)).query((rs) -> {
			reached.put(rs.getString("status"), rs.getLong("orders"));
		});
		List<FunnelStage> funnel = new ArrayList<>();
		for (OrderStatus status : OrderStatus.values()) {
			funnel.add(new FunnelStage(status.name(), current.getOrDefault(status.name(), 0L),
					reached.getOrDefault(status.name(), 0L)));
		}
		return funnel;
	}

	@Override
	public List<StageTime> timeToStage(Instant from, Instant to) {
		workMem();
		List<StageTime> stages = new ArrayList<>(this.jdbc.sql(STAGE_TIMES)
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new StageTime(rs.getString("status"), rs.getLong("orders"), rs.getDouble("avg_seconds"),
					rs.getDouble("p95_seconds")))
			.list());
		stages.sort((a, b) -> Integer.compare(OrderStatus.valueOf(a.status()).ordinal(),
				OrderStatus.valueOf(b.status()).ordinal()));
		return stages;
	}

	/** Raises work_mem for the current (report) transaction. */
	private void workMem() {
		this.jdbc.sql("select set_config('work_mem', ?, true)").param(WORK_MEM).query(String.class).single();
	}

	@Override
	public List<CancellationReason> cancellationReasons(Instant from, Instant to, int limit) {
		return this.jdbc.sql(CANCELLATION_REASONS)
			.params(Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, n) -> new CancellationReason(rs.getString("reason"), rs.getLong("orders")))
			.list();
	}

}

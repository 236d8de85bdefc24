package io.openoms.inventory.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.inventory.application.Allocations;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationLine;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.AllocationTerms;
import io.openoms.inventory.domain.RejectionReason;
import io.openoms.inventory.domain.RequestedLine;
import io.openoms.inventory.domain.StockKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allocations in PostgreSQL: one row per order, what it needs (allocation_demand) and
 * what it holds (allocation_line). The waiting orders' queue is an index:
 * {@code (rank, placed_at, order_id)} where rank 0 is express, 1 standard.
 */
@Repository
class JdbcAllocations implements Allocations {

	private static final String SELECT = "select * from allocation where order_id = ?";

	private static final String RANK = "(case when a.priority = 'EXPRESS' then 0 else 1 end)";

	/** A demand row of a waiting order that the order does not hold yet. */
	private static final String STILL_NEEDED = """
			a.status = 'BACKORDERED'
			and not exists (select 1 from allocation_line l where l.allocation_id = a.id and l.sku = d.sku)
			""";

	private final JdbcClient jdbc;

	private final RowLocks rowLocks;

	JdbcAllocations(JdbcClient jdbc, RowLocks rowLocks) {
		this.jdbc = jdbc;
		this.rowLocks = rowLocks;
	}

	@Override
	public Optional<Allocation> findByOrderId(UUID orderId) {
		return load(SELECT, orderId);
	}

	@Override
	public Optional<Allocation> lockByOrderId(UUID orderId) {
		this.rowLocks.boundWaits();
		return load(SELECT + " for update", orderId);
	}

	@Override
	public Optional<Allocation> tryLockByOrderId(UUID orderId) {
		return load(SELECT + " for update skip locked", orderId);
	}

	@Override
	public void add(Allocation allocation) {
		Allocation.Snapshot a = allocation.snapshot();
		AllocationDecision.Rejected rejection = a.rejection();
		this.jdbc.sql("""
				insert into allocation (id, order_id, status, rejection_reason, unknown_skus, insufficient_skus,
				    priority, placed_at, backorder_policy, partial_allowed, expires_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(a.id(), a.orderId(), a.status().name(), (rejection != null) ? rejection.reason().name() : null,
					(rejection != null) ? rejection.unknownSkus().toArray(String[]::new) : null,
					(rejection != null) ? rejection.insufficientSkus().toArray(String[]::new) : null,
					a.terms().priority().name(), Timestamp.from(a.terms().placedAt()),
					(a.terms().backorder() != null) ? a.terms().backorder().name() : null, a.terms().partial(),
					timestamp(a.expiresAt()), Timestamp.from(a.createdAt()), Timestamp.from(a.updatedAt()))
			.update();
		if (!a.demand().isEmpty()) {
			this.jdbc.sql("""
					insert into allocation_demand (allocation_id, sku, quantity)
					select ?, * from unnest(cast(? as varchar[]), cast(? as int[]))
					""")
				.params(a.id(), a.demand().stream().map(RequestedLine::sku).toArray(String[]::new),
						a.demand().stream().map(RequestedLine::quantity).toArray(Integer[]::new))
				.update();
		}
		insertLines(a);
	}

	@Override
	public void update(Allocation allocation) {
		Allocation.Snapshot a = allocation.snapshot();
		AllocationDecision.Rejected rejection = a.rejection();
		this.jdbc.sql("""
				update allocation set status = ?, rejection_reason = ?, insufficient_skus = ?, updated_at = ?
				where id = ?
				""")
			.params(a.status().name(), (rejection != null) ? rejection.reason().name() : null,
					(rejection != null) ? rejection.insufficientSkus().toArray(String[]::new) : null,
					Timestamp.from(a.updatedAt()), a.id())
			.update();
		insertLines(a);
	}

	/** Lines appear when units are allocated, also later (a backorder filled). */
	private void insertLines(Allocation.Snapshot a) {
		if (a.lines().isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into allocation_line (allocation_id, sku, warehouse, quantity)
				select ?, * from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as int[]))
				on conflict do nothing
				""")
			.params(a.id(), a.lines().stream().map(AllocationLine::sku).toArray(String[]::new),
					a.lines().stream().map(AllocationLine::warehouse).toArray(String[]::new),
					a.lines().stream().map(AllocationLine::quantity).toArray(Integer[]::new))
			.update();
	}

	@Override
	public List<UUID> waitingFor(Collection<String> skus, int limit) {
		return this.jdbc.sql("select a.order_id from allocation a where a.status = 'BACKORDERED'"
				+ " and exists (select 1 from allocation_demand d where d.allocation_id = a.id and d.sku = any(?) and "
				+ STILL_NEEDED + ") order by " + RANK + ", a.placed_at, a.order_id limit ?")
			.params(skus.toArray(String[]::new), limit)
			.query(UUID.class)
			.list();
	}

	@Override
	public List<Allocation> waiting(int limit) {
		return this.jdbc
			.sql("select * from allocation a where a.status = 'BACKORDERED' order by " + RANK
					+ ", a.placed_at, a.order_id limit ?")
			.param(limit)
			.query(JdbcAllocations::row)
			.list()
			.stream()
			.map(this::restore)
			.toList();
	}

	@Override
	public List<String> skusWaitedFor() {
		return this.jdbc
			.sql("select distinct d.sku from allocation a join allocation_demand d on d.allocation_id = a.id where "
					+ STILL_NEEDED + " order by d.sku")
			.query(String.class)
			.list();
	}

	@Override
	public Map<String, Integer> claimedAhead(Collection<String> skus, AllocationTerms.Queued who) {
		Map<String, Integer> claimed = new LinkedHashMap<>();
		this.jdbc
			.sql("select d.sku, sum(d.quantity) from allocation a join allocation_demand d on d.allocation_id = a.id"
					+ " where d.sku = any(?) and " + STILL_NEEDED + " and (" + RANK
					+ ", a.placed_at, a.order_id) < (?, ?, ?) group by d.sku")
			.params(skus.toArray(String[]::new), (who.terms().priority() == OrderPriority.EXPRESS) ? 0 : 1,
					Timestamp.from(who.terms().placedAt()), who.orderId())
			.query((rs) -> {
				claimed.put(rs.getString(1), rs.getInt(2));
			});
		return claimed;
	}

	@Override
	public int backorderedUnits(String sku) {
		return this.jdbc
			.sql("select coalesce(sum(d.quantity), 0) from allocation a join allocation_demand d"
					+ " on d.allocation_id = a.id where d.sku = ? and " + STILL_NEEDED)
			.param(sku)
			.query(Integer.class)
			.single();
	}

	@Override
	public List<UUID> overdue(Instant now, int limit) {
		return this.jdbc
			.sql("select order_id from allocation where status = 'BACKORDERED' and expires_at <= ?"
					+ " order by expires_at limit ?")
			.params(Timestamp.from(now), limit)
			.query(UUID.class)
			.list();
	}

	private Optional<Allocation> load(String sql, UUID orderId) {
		return this.jdbc.sql(sql).param(orderId).query(JdbcAllocations::row).optional().map(this::restore);
	}

	private Allocation restore(AllocationRow row) {
		List<AllocationLine> lines = this.jdbc
			.sql("select sku, warehouse, quantity from allocation_line where allocation_id = ? order by sku, warehouse")
			.param(row.id())
			.query((rs, n) -> new AllocationLine(new StockKey(rs.getString("sku"), rs.getString("warehouse")),
					rs.getInt("quantity")))
			.list();
		List<RequestedLine> demand = this.jdbc
			.sql("select sku, quantity from allocation_demand where allocation_id = ? order by sku")
			.param(row.id())
			.query((rs, n) -> new RequestedLine(rs.getString("sku"), rs.getInt("quantity")))
			.list();
		return Allocation.restore(new Allocation.Snapshot(row.id(), row.orderId(), row.status(), demand, row.terms(),
				lines, row.rejection(), row.expiresAt(), row.createdAt(), row.updatedAt()));
	}

	private static AllocationRow row(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("rejection_reason");
		AllocationDecision.Rejected rejection = (reason != null)
				? new AllocationDecision.Rejected(RejectionReason.valueOf(reason), strings(rs.getArray("unknown_skus")),
						strings(rs.getArray("insufficient_skus")))
				: null;
		String backorder = rs.getString("backorder_policy");
		AllocationTerms terms = new AllocationTerms(OrderPriority.valueOf(rs.getString("priority")),
				rs.getTimestamp("placed_at").toInstant(),
				(backorder != null) ? BackorderPolicy.valueOf(backorder) : null, rs.getBoolean("partial_allowed"));
		Timestamp expiresAt = rs.getTimestamp("expires_at");
		return new AllocationRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				AllocationStatus.valueOf(rs.getString("status")), terms, rejection,
				(expiresAt != null) ? expiresAt.toInstant() : null, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	private record AllocationRow(UUID id, UUID orderId, AllocationStatus status, AllocationTerms terms,
			AllocationDecision.Rejected rejection, Instant expiresAt, Instant createdAt, Instant updatedAt) {
	}

}

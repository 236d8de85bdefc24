package io.openoms.inventory.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.inventory.application.Allocations;
import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AllocationDecision;
import io.openoms.inventory.domain.AllocationLine;
import io.openoms.inventory.domain.AllocationStatus;
import io.openoms.inventory.domain.RejectionReason;
import io.openoms.inventory.domain.StockKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocations in PostgreSQL: one row per order, plus its lines. */
@Repository
class JdbcAllocations implements Allocations {

	private static final String SELECT = "select * from allocation where order_id = ?";

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
	public void add(Allocation allocation) {
		Allocation.Snapshot a = allocation.snapshot();
		AllocationDecision.Rejected rejection = a.rejection();
		this.jdbc.sql("""
				insert into allocation (id, order_id, status, rejection_reason, unknown_skus, insufficient_skus,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(a.id(), a.orderId(), a.status().name(), (rejection != null) ? rejection.reason().name() : null,
					(rejection != null) ? rejection.unknownSkus().toArray(String[]::new) : null,
					(rejection != null) ? rejection.insufficientSkus().toArray(String[]::new) : null,
					Timestamp.from(a.createdAt()), Timestamp.from(a.updatedAt()))
			.update();
		for (AllocationLine line : a.lines()) {
			this.jdbc.sql("insert into allocation_line (allocation_id, sku, warehouse, quantity) values (?, ?, ?, ?)")
				.params(a.id(), line.sku(), line.warehouse(), line.quantity())
				.update();
		}
	}

	@Override
	public void update(Allocation allocation) {
		Allocation.Snapshot a = allocation.snapshot();
		this.jdbc.sql("update allocation set status = ?, updated_at = ? where id = ?")
			.params(a.status().name(), Timestamp.from(a.updatedAt()), a.id())
			.update();
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
		return Allocation.restore(new Allocation.Snapshot(row.id(), row.orderId(), row.status(), lines, row.rejection(),
				row.createdAt(), row.updatedAt()));
	}

	private static AllocationRow row(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("rejection_reason");
		AllocationDecision.Rejected rejection = (reason != null)
				? new AllocationDecision.Rejected(RejectionReason.valueOf(reason), strings(rs.getArray("unknown_skus")),
						strings(rs.getArray("insufficient_skus")))
				: null;
		return new AllocationRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				AllocationStatus.valueOf(rs.getString("status")), rejection, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	private record AllocationRow(UUID id, UUID orderId, AllocationStatus status, AllocationDecision.Rejected rejection,
			Instant createdAt, Instant updatedAt) {
	}

}

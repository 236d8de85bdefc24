package io.openoms.inventory.persistence;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.openoms.inventory.application.StockMovements;
import io.openoms.inventory.domain.MovementType;
import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockMovement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock movements in PostgreSQL: insert and read, never update or delete. */
@Repository
class JdbcStockMovements implements StockMovements {

	private final JdbcClient jdbc;

	JdbcStockMovements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement for all of them, in their order (ids ascending). */
	@Override
	public void append(List<StockMovement> movements) {
		if (movements.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into stock_movement (sku, warehouse, movement_type, quantity, order_id, reference, reason,
				    occurred_at)
				select sku, warehouse, movement_type, quantity, order_id, reference, reason, occurred_at
				from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as int[]),
				    cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as timestamptz[]))
				    with ordinality as m(sku, warehouse, movement_type, quantity, order_id, reference, reason,
				        occurred_at, n)
				order by n
				""")
			.params(column(movements, StockMovement::sku), column(movements, StockMovement::warehouse),
					column(movements, (m) -> m.type().name()),
					movements.stream().map(StockMovement::quantity).toArray(Integer[]::new),
					movements.stream().map(StockMovement::orderId).toArray(UUID[]::new),
					column(movements, StockMovement::reference), column(movements, StockMovement::reason),
					column(movements, (m) -> m.occurredAt().toString()))
			.update();
	}

	private static String[] column(List<StockMovement> movements, Function<StockMovement, String> value) {
		return movements.stream().map(value).toArray(String[]::new);
	}

	@Override
	public List<StockMovement> latestOf(String sku, int limit) {
		return this.jdbc.sql("select * from stock_movement where sku = ? order by id desc limit ?")
			.params(sku, limit)
			.query((rs, row) -> new StockMovement(MovementType.valueOf(rs.getString("movement_type")),
					new StockKey(rs.getString("sku"), rs.getString("warehouse")), rs.getInt("quantity"),
					rs.getObject("order_id", UUID.class), rs.getString("reference"), rs.getString("reason"),
					rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

}

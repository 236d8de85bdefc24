package io.openoms.inventory.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

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

	@Override
	public void append(List<StockMovement> movements) {
		for (StockMovement movement : movements) {
			this.jdbc.sql("""
					insert into stock_movement (sku, warehouse, movement_type, quantity, order_id, reference, reason,
					    occurred_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(movement.sku(), movement.warehouse(), movement.type().name(), movement.quantity(),
						movement.orderId(), movement.reference(), movement.reason(),
						Timestamp.from(movement.occurredAt()))
				.update();
		}
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

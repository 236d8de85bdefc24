package io.openoms.inventory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import io.openoms.inventory.application.StockLevels;
import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock levels in PostgreSQL. Locks are row locks ({@code for update}) taken in the order
 * of the primary key (SKU, then warehouse): PostgreSQL locks the rows as it returns them,
 * sorted, so all lockers queue in the same order and never deadlock.
 */
@Repository
class JdbcStockLevels implements StockLevels {

	private static final String SELECT = "select sku, warehouse, on_hand, reserved from stock_level";

	private static final String LOCK = " order by sku, warehouse for update";

	private final JdbcClient jdbc;

	private final RowLocks rowLocks;

	JdbcStockLevels(JdbcClient jdbc, RowLocks rowLocks) {
		this.jdbc = jdbc;
		this.rowLocks = rowLocks;
	}

	@Override
	public List<StockLevel> lockAllOf(Collection<String> skus) {
		this.rowLocks.boundWaits();
		return this.jdbc.sql(SELECT + " where sku = any(?)" + LOCK)
			.param(skus.toArray(String[]::new))
			.query(JdbcStockLevels::level)
			.list();
	}

	@Override
	public List<StockLevel> lock(Collection<StockKey> keys) {
		this.rowLocks.boundWaits();
		return this.jdbc
			.sql(SELECT
					+ " where (sku, warehouse) in (select * from unnest(cast(? as varchar[]), cast(? as varchar[])))"
					+ LOCK)
			.params(keys.stream().map(StockKey::sku).toArray(String[]::new),
					keys.stream().map(StockKey::warehouse).toArray(String[]::new))
			.query(JdbcStockLevels::level)
			.list();
	}

	@Override
	public void createIfAbsent(StockKey key) {
		this.jdbc
			.sql("insert into stock_level (sku, warehouse, on_hand, reserved) values (?, ?, 0, 0)"
					+ " on conflict do nothing")
			.params(key.sku(), key.warehouse())
			.update();
	}

	@Override
	public void updateAll(List<StockLevel> levels) {
		if (levels.isEmpty()) {
			return;
		}
		int updated = this.jdbc.sql("""
				update stock_level s set on_hand = v.on_hand, reserved = v.reserved, updated_at = now()
				from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as int[]), cast(? as int[]))
				    as v(sku, warehouse, on_hand, reserved)
				where s.sku = v.sku and s.warehouse = v.warehouse
				""")
			.params(levels.stream().map(StockLevel::sku).toArray(String[]::new),
					levels.stream().map(StockLevel::warehouse).toArray(String[]::new),
					levels.stream().map(StockLevel::onHand).toArray(Integer[]::new),
					levels.stream().map(StockLevel::reserved).toArray(Integer[]::new))
			.update();
		if (updated != levels.size()) {
			throw new IllegalStateException(
					"stock levels to update missing: " + levels.size() + " given, " + updated + " updated");
		}
	}

	@Override
	public List<StockLevel> all(String skuOrNull) {
		return this.jdbc.sql(SELECT + " where (cast(? as varchar) is null or sku = ?) order by sku, warehouse")
			.params(skuOrNull, skuOrNull)
			.query(JdbcStockLevels::level)
			.list();
	}

	@Override
	public List<StockLevel> allOf(Collection<String> skus) {
		return this.jdbc.sql(SELECT + " where sku = any(?) order by sku, warehouse")
			.param(skus.toArray(String[]::new))
			.query(JdbcStockLevels::level)
			.list();
	}

	private static StockLevel level(ResultSet rs, int row) throws SQLException {
		return new StockLevel(new StockKey(rs.getString("sku"), rs.getString("warehouse")), rs.getInt("on_hand"),
				rs.getInt("reserved"));
	}

}

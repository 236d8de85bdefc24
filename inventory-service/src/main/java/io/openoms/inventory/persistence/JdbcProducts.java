package io.openoms.inventory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.openoms.inventory.application.Products;
import io.openoms.inventory.domain.ProductStock;
import io.openoms.inventory.domain.StockAlertState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product table: stock settings per SKU. */
@Repository
class JdbcProducts implements Products {

	private static final String COLUMNS = "select sku, backorders_allowed, low_stock_threshold, alert_state from product";

	private final JdbcClient jdbc;

	private final RowLocks rowLocks;

	JdbcProducts(JdbcClient jdbc, RowLocks rowLocks) {
		this.jdbc = jdbc;
		this.rowLocks = rowLocks;
	}

	@Override
	public Optional<ProductStock> find(String sku) {
		return this.jdbc.sql(COLUMNS + " where sku = ?").param(sku).query(JdbcProducts::product).optional();
	}

	@Override
	public List<ProductStock> lockAll(Collection<String> skus) {
		String[] sorted = skus.stream().distinct().sorted().toArray(String[]::new);
		this.jdbc.sql("insert into product (sku) select unnest(cast(? as varchar[])) order by 1 on conflict do nothing")
			.param(sorted)
			.update();
		this.rowLocks.boundWaits();
		return this.jdbc.sql(COLUMNS + " where sku = any(?) order by sku for update")
			.param(sorted)
			.query(JdbcProducts::product)
			.list();
	}

	@Override
	public void save(ProductStock product) {
		this.jdbc.sql("""
				insert into product (sku, backorders_allowed, low_stock_threshold, alert_state, updated_at)
				values (?, ?, ?, ?, now())
				on conflict (sku) do update set backorders_allowed = excluded.backorders_allowed,
				    low_stock_threshold = excluded.low_stock_threshold, alert_state = excluded.alert_state,
				    updated_at = now()
				""")
			.params(product.sku(), product.backordersAllowed(), product.lowStockThreshold(),
					product.alertState().name())
			.update();
	}

	@Override
	public boolean allAllowBackorders(Collection<String> skus) {
		long allowing = this.jdbc.sql("select count(*) from product where sku = any(?) and backorders_allowed")
			.param(skus.toArray(String[]::new))
			.query(Long.class)
			.single();
		return !skus.isEmpty() && allowing == skus.stream().distinct().count();
	}

	private static ProductStock product(ResultSet rs, int row) throws SQLException {
		return new ProductStock(rs.getString("sku"), rs.getBoolean("backorders_allowed"),
				rs.getInt("low_stock_threshold"), StockAlertState.valueOf(rs.getString("alert_state")));
	}

}

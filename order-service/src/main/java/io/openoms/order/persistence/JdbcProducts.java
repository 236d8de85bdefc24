package io.openoms.order.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openoms.contracts.Money;
import io.openoms.order.application.catalog.Products;
import io.openoms.order.domain.catalog.Product;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product table. */
@Repository
class JdbcProducts implements Products {

	private static final String COLUMNS = "select sku, name, description, category, unit_price_minor, currency,"
			+ " unit_weight_grams, active from product";

	private final JdbcClient jdbc;

	JdbcProducts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean add(Product p) {
		return this.jdbc.sql("""
				insert into product (sku, name, description, category, unit_price_minor, currency, unit_weight_grams,
				    active, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, now())
				on conflict (sku) do nothing
				""")
			.params(p.sku(), p.name(), p.description(), p.category(), p.listPrice().amountMinor(),
					p.listPrice().currency(), p.unitWeightGrams(), p.active())
			.update() == 1;
	}

	@Override
	public void update(Product p) {
		this.jdbc.sql("""
				update product set name = ?, description = ?, category = ?, unit_price_minor = ?, currency = ?,
				    unit_weight_grams = ?, active = ?, updated_at = now()
				where sku = ?
				""")
			.params(p.name(), p.description(), p.category(), p.listPrice().amountMinor(), p.listPrice().currency(),
					p.unitWeightGrams(), p.active(), p.sku())
			.update();
	}

	@Override
	public Optional<Product> find(String sku) {
		return this.jdbc.sql(COLUMNS + " where sku = ?").param(sku).query(JdbcProducts::product).optional();
	}

	@Override
	public Map<String, Product> findActive(Collection<String> skus) {
		if (skus.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(COLUMNS + " where active and sku = any(?)")
			.param(skus.toArray(String[]::new))
			.query(JdbcProducts::product)
			.list()
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
	}

	@Override
	public List<Product> list(String category, boolean activeOnly, String afterSku, int limit) {
		return this.jdbc
			.sql(COLUMNS + " where (cast(? as varchar) is null or category = ?) and (active or not ?)"
					+ " and (cast(? as varchar) is null or sku > ?) order by sku limit ?")
			.params(category, category, activeOnly, afterSku, afterSku, limit)
			.query(JdbcProducts::product)
			.list();
	}

	private static Product product(ResultSet rs, int n) throws SQLException {
		return new Product(rs.getString("sku"), rs.getString("name"), rs.getString("description"),
				rs.getString("category"), new Money(rs.getLong("unit_price_minor"), rs.getString("currency")),
				rs.getObject("unit_weight_grams", Integer.class), rs.getBoolean("active"));
	}

}

package io.openoms.order.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.openoms.contracts.Money;
import io.openoms.order.application.Catalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product table, read for prices. */
@Repository
class JdbcCatalog implements Catalog {

	private final JdbcClient jdbc;

	JdbcCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Money> unitPrices(Collection<String> skus) {
		Map<String, Money> prices = new HashMap<>();
		if (skus.isEmpty()) {
			return prices;
		}
		this.jdbc.sql("select sku, unit_price_minor, currency from product where active and sku = any(?)")
			.param(skus.toArray(String[]::new))
			.query((rs) -> {
				prices.put(rs.getString("sku"), new Money(rs.getLong("unit_price_minor"), rs.getString("currency")));
			});
		return prices;
	}

	@Override
	public Map<String, Integer> unitWeightsGrams(Collection<String> skus) {
		Map<String, Integer> weights = new HashMap<>();
		if (skus.isEmpty()) {
			return weights;
		}
		this.jdbc.sql("select sku, unit_weight_grams from product where unit_weight_grams is not null and sku = any(?)")
			.param(skus.toArray(String[]::new))
			.query((rs) -> {
				weights.put(rs.getString("sku"), rs.getInt("unit_weight_grams"));
			});
		return weights;
	}

}

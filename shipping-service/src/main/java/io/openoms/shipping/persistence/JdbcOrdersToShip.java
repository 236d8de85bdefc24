package io.openoms.shipping.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openoms.shipping.application.OrdersToShip;
import io.openoms.shipping.domain.OrderToShip;
import io.openoms.shipping.domain.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders' facts shipping-service keeps, in PostgreSQL: one statement to keep, one to
 * read.
 */
@Repository
class JdbcOrdersToShip implements OrdersToShip {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcOrdersToShip(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void remember(OrderToShip order) {
		List<Map.Entry<String, Integer>> weights = List.copyOf(order.unitWeightsGrams().entrySet());
		// One statement: the weights are added only with the order.
		this.jdbc.sql("""
				with added as (
				    insert into order_to_ship (order_id, service, received_at) values (?, ?, ?)
				    on conflict do nothing
				    returning order_id)
				insert into order_to_ship_weight (order_id, sku, unit_weight_grams)
				select added.order_id, w.sku, w.grams from added, unnest(?::varchar[], ?::int[]) as w (sku, grams)
				""")
			.params(order.orderId(), order.service().name(), Timestamp.from(this.clock.instant()),
					weights.stream().map(Map.Entry::getKey).toArray(String[]::new),
					weights.stream().map(Map.Entry::getValue).toArray(Integer[]::new))
			.update();
	}

	@Override
	public Optional<OrderToShip> find(UUID orderId) {
		return this.jdbc
			.sql("""
					select o.service,
					    array(select w.sku from order_to_ship_weight w where w.order_id = o.order_id order by w.sku) as skus,
					    array(select w.unit_weight_grams from order_to_ship_weight w where w.order_id = o.order_id
					        order by w.sku) as grams
					from order_to_ship o where o.order_id = ?
					""")
			.param(orderId)
			.query((rs, n) -> {
				String[] skus = (String[]) rs.getArray("skus").getArray();
				Integer[] grams = (Integer[]) rs.getArray("grams").getArray();
				Map<String, Integer> weights = new HashMap<>();
				for (int i = 0; i < skus.length; i++) {
					weights.put(skus[i], grams[i]);
				}
				return new OrderToShip(orderId, ServiceLevel.valueOf(rs.getString("service")), weights);
			})
			.optional();
	}

}

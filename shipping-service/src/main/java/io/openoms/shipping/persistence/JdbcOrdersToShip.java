package io.openoms.shipping.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openoms.shipping.application.OrdersToShip;
import io.openoms.shipping.domain.OrderToShip;
import io.openoms.shipping.domain.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The orders' facts shipping-service keeps, in PostgreSQL. */
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
		boolean added = this.jdbc
			.sql("insert into order_to_ship (order_id, service, received_at) values (?, ?, ?) on conflict do nothing")
			.params(order.orderId(), order.service().name(), Timestamp.from(this.clock.instant()))
			.update() == 1;
		if (added) {
			order.unitWeightsGrams()
				.forEach((sku, grams) -> this.jdbc
					.sql("insert into order_to_ship_weight (order_id, sku, unit_weight_grams) values (?, ?, ?)")
					.params(order.orderId(), sku, grams)
					.update());
		}
	}

	@Override
	public Optional<OrderToShip> find(UUID orderId) {
		return this.jdbc.sql("select service from order_to_ship where order_id = ?")
			.param(orderId)
			.query(String.class)
			.optional()
			.map((service) -> {
				Map<String, Integer> weights = new HashMap<>();
				this.jdbc.sql("select sku, unit_weight_grams from order_to_ship_weight where order_id = ?")
					.param(orderId)
					.query((rs) -> {
						weights.put(rs.getString("sku"), rs.getInt("unit_weight_grams"));
					});
				return new OrderToShip(orderId, ServiceLevel.valueOf(service), weights);
			});
	}

}

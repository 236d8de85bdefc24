package io.openoms.order.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.application.customer.CustomerOrder;
import io.openoms.order.application.customer.CustomerProfile;
import io.openoms.order.application.customer.Customers;
import io.openoms.order.domain.ShippingAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer and customer_address tables; history and totals are read from the orders.
 */
@Repository
class JdbcCustomers implements Customers {

	private final JdbcClient jdbc;

	JdbcCustomers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void recordOrder(String customerId, String email, ShippingAddress a, Instant at) {
		Timestamp now = Timestamp.from(at);
		String key = String.join("|", a.name(), a.line1(), (a.line2() != null) ? a.line2() : "", a.postalCode(),
				a.city(), a.country());
		// One statement: the customer, then the address (its row references the
		// customer's).
		this.jdbc.sql("""
				with c as (
				    insert into customer (id, name, email, created_at, updated_at) values (?, ?, ?, ?, ?)
				    on conflict (id) do update set name = excluded.name,
				        email = coalesce(excluded.email, customer.email), updated_at = excluded.updated_at
				    returning id
				)
				insert into customer_address (customer_id, address_key, name, line1, line2, postal_code, city, country,
				    first_used_at, last_used_at)
				select c.id, ?, ?, ?, ?, ?, ?, ?, ?, ? from c
				on conflict (customer_id, address_key) do update set last_used_at = excluded.last_used_at,
				    times_used = customer_address.times_used + 1
				""")
			.params(customerId, a.name(), email, now, now, key, a.name(), a.line1(), a.line2(), a.postalCode(),
					a.city(), a.country(), now, now)
			.update();
	}

	@Override
	public Optional<CustomerProfile> profile(String customerId) {
		List<CustomerProfile.KnownAddress> addresses = this.jdbc.sql("""
				select * from customer_address where customer_id = ? order by last_used_at desc, address_key
				""")
			.param(customerId)
			.query((rs, n) -> new CustomerProfile.KnownAddress(
					new ShippingAddress(rs.getString("name"), rs.getString("line1"), rs.getString("line2"),
							rs.getString("postal_code"), rs.getString("city"), rs.getString("country")),
					rs.getInt("times_used"), rs.getTimestamp("last_used_at").toInstant()))
			.list();
		List<CustomerProfile.LifetimeTotals> totals = this.jdbc.sql("""
				select currency, count(*) as orders,
				    count(*) filter (where status = 'COMPLETED') as completed,
				    coalesce(sum(total_minor) filter (where status = 'COMPLETED'), 0) as spent,
				    coalesce(sum(total_minor) filter (where status not in ('COMPLETED', 'CANCELLED')), 0) as open,
				    coalesce(sum(total_minor) filter (where status = 'CANCELLED' and payment_id is not null), 0)
				        as refunded
				from customer_order where customer_id = ? group by currency order by currency
				""").param(customerId).query((rs, n) -> {
			String currency = rs.getString("currency");
			return new CustomerProfile.LifetimeTotals(currency, rs.getLong("orders"), rs.getLong("completed"),
					new Money(rs.getLong("spent"), currency), new Money(rs.getLong("open"), currency),
					new Money(rs.getLong("refunded"), currency));
		}).list();
		return this.jdbc.sql("select id, name, email, created_at from customer where id = ?")
			.param(customerId)
			.query((rs, n) -> new CustomerProfile(rs.getString("id"), rs.getString("name"), rs.getString("email"),
					addresses, totals, rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	@Override
	public List<CustomerOrder> orders(String customerId, Instant before, int limit) {
		return this.jdbc.sql("""
				select o.id, o.status, o.total_minor, o.currency, o.channel, o.created_at,
				    (select count(*) from order_line l where l.order_id = o.id) as lines
				from customer_order o
				where o.customer_id = ? and (cast(? as timestamptz) is null or o.created_at < ?)
				order by o.created_at desc, o.id limit ?
				""")
			.params(customerId, (before != null) ? Timestamp.from(before) : null,
					(before != null) ? Timestamp.from(before) : null, limit)
			.query((rs, n) -> new CustomerOrder(rs.getObject("id", UUID.class), rs.getString("status"),
					new Money(rs.getLong("total_minor"), rs.getString("currency")), rs.getInt("lines"),
					rs.getString("channel"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}

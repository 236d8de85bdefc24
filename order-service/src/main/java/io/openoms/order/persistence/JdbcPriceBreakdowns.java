package io.openoms.order.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.domain.pricing.AppliedDiscount;
import io.openoms.order.domain.pricing.LinePrice;
import io.openoms.order.domain.pricing.PriceBreakdown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An order's price breakdown: columns of {@code customer_order} and {@code order_line},
 * and the {@code order_discount} rows. Written with the order, read with it.
 */
@Component
class JdbcPriceBreakdowns {

	private final JdbcClient jdbc;

	JdbcPriceBreakdowns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the breakdown of an order whose row and lines were just inserted. */
	void insert(UUID orderId, PriceBreakdown pricing) {
		this.jdbc.sql("""
				update customer_order set subtotal_minor = ?, discount_minor = ?, tax_minor = ?,
				    tax_rate_basis_points = ?, coupon_code = ?
				where id = ?
				""")
			.params(pricing.subtotal().amountMinor(), pricing.discounts().amountMinor(), pricing.tax().amountMinor(),
					pricing.taxRateBasisPoints(), pricing.couponCode(), orderId)
			.update();
		int sequence = 0;
		for (int i = 0; i < pricing.lines().size(); i++) {
			LinePrice line = pricing.lines().get(i);
			long lineDiscounts = line.discounts().stream().mapToLong((d) -> d.amount().amountMinor()).sum();
			this.jdbc.sql("""
					update order_line set discount_minor = ?, order_discount_minor = ?, total_minor = ?, tax_minor = ?
					where order_id = ? and line_no = ?
					""")
				.params(lineDiscounts, line.orderDiscountShare().amountMinor(), line.total().amountMinor(),
						line.tax().amountMinor(), orderId, i + 1)
				.update();
			for (AppliedDiscount discount : line.discounts()) {
				insertDiscount(orderId, ++sequence, i + 1, discount);
			}
		}
		for (AppliedDiscount discount : pricing.orderDiscounts()) {
			insertDiscount(orderId, ++sequence, null, discount);
		}
	}

	private void insertDiscount(UUID orderId, int sequence, Integer lineNo, AppliedDiscount discount) {
		this.jdbc.sql("""
				insert into order_discount (order_id, sequence, line_no, rule_id, rule_name, coupon_code, amount_minor)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(orderId, sequence, lineNo, discount.ruleId(), discount.name(), discount.couponCode(),
					discount.amount().amountMinor())
			.update();
	}

	/** The order's breakdown; empty for an order placed before breakdowns were kept. */
	Optional<PriceBreakdown> find(UUID orderId) {
		return Optional.ofNullable(findAll(new UUID[] { orderId }).get(orderId));
	}

	/**
	 * The breakdowns of the orders, in three queries however many orders; orders placed
	 * before breakdowns were kept have none.
	 */
	Map<UUID, PriceBreakdown> findAll(UUID[] orderIds) {
		Map<UUID, Header> headers = new HashMap<>();
		this.jdbc.sql("""
				select id, subtotal_minor, discount_minor, tax_minor, tax_rate_basis_points, coupon_code, total_minor,
				    currency, ship_country
				from customer_order where id = any(?) and subtotal_minor is not null
				""").param(orderIds).query((rs) -> {
			headers.put(rs.getObject("id", UUID.class),
					new Header(rs.getLong("subtotal_minor"), rs.getLong("discount_minor"), rs.getLong("tax_minor"),
							rs.getInt("tax_rate_basis_points"), rs.getString("coupon_code"), rs.getLong("total_minor"),
							rs.getString("currency"), rs.getString("ship_country")));
		});
		if (headers.isEmpty()) {
			return Map.of();
		}
		UUID[] priced = headers.keySet().toArray(UUID[]::new);
		// Per order, the discounts by line number (0: the order's own).
		Map<UUID, Map<Integer, List<AppliedDiscount>>> discounts = new HashMap<>();
		this.jdbc
			.sql("select order_id, line_no, rule_id, rule_name, coupon_code, amount_minor from order_discount"
					+ " where order_id = any(?) order by order_id, sequence")
			.param(priced)
			.query((rs) -> {
				UUID orderId = rs.getObject("order_id", UUID.class);
				Integer lineNo = rs.getObject("line_no", Integer.class);
				discounts.computeIfAbsent(orderId, (k) -> new HashMap<>())
					.computeIfAbsent((lineNo != null) ? lineNo : 0, (k) -> new ArrayList<>())
					.add(new AppliedDiscount(rs.getObject("rule_id", UUID.class), rs.getString("rule_name"),
							rs.getString("coupon_code"), money(rs.getLong("amount_minor"), headers.get(orderId))));
			});
		Map<UUID, List<LinePrice>> lines = new HashMap<>();
		this.jdbc.sql("""
				select order_id, line_no, sku, quantity, unit_price_minor, order_discount_minor, total_minor, tax_minor
				from order_line where order_id = any(?) order by order_id, line_no
				""").param(priced).query((rs) -> {
			UUID orderId = rs.getObject("order_id", UUID.class);
			Header h = headers.get(orderId);
			long unit = rs.getLong("unit_price_minor");
			int quantity = rs.getInt("quantity");
			long total = rs.getLong("total_minor");
			long tax = rs.getLong("tax_minor");
			lines.computeIfAbsent(orderId, (k) -> new ArrayList<>())
				.add(new LinePrice(rs.getString("sku"), quantity, money(unit, h), money(unit * quantity, h),
						discounts.getOrDefault(orderId, Map.of()).getOrDefault(rs.getInt("line_no"), List.of()),
						money(rs.getLong("order_discount_minor"), h), money(total, h), money(total - tax, h),
						money(tax, h)));
		});
		Map<UUID, PriceBreakdown> breakdowns = new HashMap<>();
		headers.forEach((orderId, h) -> breakdowns.put(orderId,
				new PriceBreakdown(lines.getOrDefault(orderId, List.of()),
						discounts.getOrDefault(orderId, Map.of()).getOrDefault(0, List.of()), h.couponCode(),
						h.country(), h.taxRate(), money(h.subtotal(), h), money(h.discounts(), h),
						money(h.total() - h.tax(), h), money(h.tax(), h), money(h.total(), h))));
		return breakdowns;
	}

	private static Money money(long amountMinor, Header header) {
		return new Money(amountMinor, header.currency());
	}

	private record Header(long subtotal, long discounts, long tax, int taxRate, String couponCode, long total,
			String currency, String country) {
	}

}

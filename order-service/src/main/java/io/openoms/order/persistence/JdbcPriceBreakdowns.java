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
		Optional<Header> found = this.jdbc.sql("""
				select subtotal_minor, discount_minor, tax_minor, tax_rate_basis_points, coupon_code, total_minor,
				    currency, ship_country
				from customer_order where id = ? and subtotal_minor is not null
				""")
			.param(orderId)
			.query((rs, n) -> new Header(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
					rs.getLong(6), rs.getString(7), rs.getString(8)))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Header h = found.get();
		Map<Integer, List<AppliedDiscount>> discounts = new HashMap<>();
		this.jdbc
			.sql("select line_no, rule_id, rule_name, coupon_code, amount_minor from order_discount"
					+ " where order_id = ? order by sequence")
			.param(orderId)
			.query((rs) -> {
				Integer lineNo = rs.getObject("line_no", Integer.class);
				discounts.computeIfAbsent((lineNo != null) ? lineNo : 0, (k) -> new ArrayList<>())
					.add(new AppliedDiscount(rs.getObject("rule_id", UUID.class), rs.getString("rule_name"),
							rs.getString("coupon_code"), money(rs.getLong("amount_minor"), h)));
			});
		List<LinePrice> lines = this.jdbc.sql("""
				select line_no, sku, quantity, unit_price_minor, order_discount_minor, total_minor, tax_minor
				from order_line where order_id = ? order by line_no
				""").param(orderId).query((rs, n) -> {
			long unit = rs.getLong("unit_price_minor");
			int quantity = rs.getInt("quantity");
			long total = rs.getLong("total_minor");
			long tax = rs.getLong("tax_minor");
			return new LinePrice(rs.getString("sku"), quantity, money(unit, h), money(unit * quantity, h),
					discounts.getOrDefault(rs.getInt("line_no"), List.of()),
					money(rs.getLong("order_discount_minor"), h), money(total, h), money(total - tax, h),
					money(tax, h));
		}).list();
		return Optional.of(new PriceBreakdown(lines, discounts.getOrDefault(0, List.of()), h.couponCode(), h.country(),
				h.taxRate(), money(h.subtotal(), h), money(h.discounts(), h), money(h.total() - h.tax(), h),
				money(h.tax(), h), money(h.total(), h)));
	}

	private static Money money(long amountMinor, Header header) {
		return new Money(amountMinor, header.currency());
	}

	private record Header(long subtotal, long discounts, long tax, int taxRate, String couponCode, long total,
			String currency, String country) {
	}

}

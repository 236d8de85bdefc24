package io.openoms.order.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.pricing.AppliedDiscount;
import io.openoms.order.domain.pricing.LinePrice;
import io.openoms.order.domain.pricing.PriceBreakdown;
import tools.jackson.databind.JsonNode;

/**
 * An order's lines and price breakdown as stored: columns of {@code customer_order} and
 * {@code order_line}, and the {@code order_discount} rows. Written with the order in one
 * statement ({@link JdbcOrders#add}), read with it in one query ({@link JdbcOrders}).
 */
final class PricedRows {

	/**
	 * The columns of each line in {@code lines_json}: line_no, sku, quantity,
	 * unit_price_minor, unit_weight_grams, order_discount_minor, total_minor, tax_minor.
	 */
	static final String LINES_JSON = """
			(select json_agg(json_build_array(l.line_no, l.sku, l.quantity, l.unit_price_minor, l.unit_weight_grams,
			    l.order_discount_minor, l.total_minor, l.tax_minor) order by l.line_no)
			from order_line l where l.order_id = o.id) as lines_json""";

	/**
	 * The columns of each discount in {@code discounts_json}: line_no (null: the order's
	 * own), rule_id, rule_name, coupon_code, amount_minor.
	 */
	static final String DISCOUNTS_JSON = """
			(select json_agg(json_build_array(d.line_no, d.rule_id, d.rule_name, d.coupon_code, d.amount_minor)
			    order by d.sequence)
			from order_discount d where d.order_id = o.id) as discounts_json""";

	/** The lines and discounts of a new order, inserted with {@code unnest}. */
	static final String INSERT = """
			lines as (
			    insert into order_line (order_id, line_no, sku, quantity, unit_price_minor, unit_weight_grams,
			        discount_minor, order_discount_minor, total_minor, tax_minor)
			    select o.id, l.* from o, unnest(cast(? as int[]), cast(? as varchar[]), cast(? as int[]),
			        cast(? as bigint[]), cast(? as int[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]),
			        cast(? as bigint[]))
			        as l(line_no, sku, quantity, unit_price_minor, unit_weight_grams, discount_minor,
			            order_discount_minor, total_minor, tax_minor)
			),
			discounts as (
			    insert into order_discount (order_id, sequence, line_no, rule_id, rule_name, coupon_code, amount_minor)
			    select o.id, d.* from o, unnest(cast(? as int[]), cast(? as int[]), cast(? as uuid[]),
			        cast(? as varchar[]), cast(? as varchar[]), cast(? as bigint[]))
			        as d(sequence, line_no, rule_id, rule_name, coupon_code, amount_minor)
			)""";

	private PricedRows() {
	}

	/** The parameters of {@link #INSERT}: an array per column. */
	static List<Object> insertParams(List<OrderLine> lines, PriceBreakdown pricing) {
		int n = lines.size();
		Integer[] lineNos = new Integer[n];
		String[] skus = new String[n];
		Integer[] quantities = new Integer[n];
		Long[] unitPrices = new Long[n];
		Integer[] weights = new Integer[n];
		Long[] lineDiscounts = new Long[n];
		Long[] orderDiscounts = new Long[n];
		Long[] totals = new Long[n];
		Long[] taxes = new Long[n];
		List<Integer> sequences = new ArrayList<>();
		List<Integer> discountLines = new ArrayList<>();
		List<AppliedDiscount> discounts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			OrderLine line = lines.get(i);
			lineNos[i] = i + 1;
			skus[i] = line.sku();
			quantities[i] = line.quantity();
			unitPrices[i] = line.unitPrice().amountMinor();
			weights[i] = line.unitWeightGrams();
			if (pricing != null) {
				LinePrice price = pricing.lines().get(i);
				lineDiscounts[i] = price.discounts().stream().mapToLong((d) -> d.amount().amountMinor()).sum();
				orderDiscounts[i] = price.orderDiscountShare().amountMinor();
				totals[i] = price.total().amountMinor();
				taxes[i] = price.tax().amountMinor();
				for (AppliedDiscount discount : price.discounts()) {
					sequences.add(sequences.size() + 1);
					discountLines.add(i + 1);
					discounts.add(discount);
				}
			}
		}
		if (pricing != null) {
			for (AppliedDiscount discount : pricing.orderDiscounts()) {
				sequences.add(sequences.size() + 1);
				discountLines.add(null);
				discounts.add(discount);
			}
		}
		return List.of(lineNos, skus, quantities, unitPrices, weights, lineDiscounts, orderDiscounts, totals, taxes,
				sequences.toArray(Integer[]::new), discountLines.toArray(Integer[]::new),
				discounts.stream().map(AppliedDiscount::ruleId).toArray(UUID[]::new),
				discounts.stream().map(AppliedDiscount::name).toArray(String[]::new),
				discounts.stream().map(AppliedDiscount::couponCode).toArray(String[]::new),
				discounts.stream().map((d) -> d.amount().amountMinor()).toArray(Long[]::new));
	}

	/** The order's lines from {@link #LINES_JSON}. */
	static List<OrderLine> lines(JsonNode lines, String currency) {
		List<OrderLine> result = new ArrayList<>();
		for (JsonNode line : lines) {
			result.add(new OrderLine(line.get(1).asString(), line.get(2).asInt(),
					new Money(line.get(3).asLong(), currency), line.get(4).isNull() ? null : line.get(4).asInt()));
		}
		return result;
	}

	/**
	 * The breakdown of a priced order (its {@code subtotal_minor} is set), from its
	 * header columns, {@link #LINES_JSON} and {@link #DISCOUNTS_JSON}.
	 */
	static PriceBreakdown breakdown(Header h, JsonNode lines, JsonNode discountRows) {
		// The discounts by line number (0: the order's own).
		Map<Integer, List<AppliedDiscount>> discounts = new HashMap<>();
		for (JsonNode d : discountRows) {
			discounts.computeIfAbsent(d.get(0).isNull() ? 0 : d.get(0).asInt(), (k) -> new ArrayList<>())
				.add(new AppliedDiscount(UUID.fromString(d.get(1).asString()), d.get(2).asString(),
						d.get(3).isNull() ? null : d.get(3).asString(), h.money(d.get(4).asLong())));
		}
		List<LinePrice> prices = new ArrayList<>();
		for (JsonNode line : lines) {
			long unit = line.get(3).asLong();
			int quantity = line.get(2).asInt();
			long total = line.get(6).asLong();
			long tax = line.get(7).asLong();
			prices.add(new LinePrice(line.get(1).asString(), quantity, h.money(unit), h.money(unit * quantity),
					discounts.getOrDefault(line.get(0).asInt(), List.of()), h.money(line.get(5).asLong()),
					h.money(total), h.money(total - tax), h.money(tax)));
		}
		return new PriceBreakdown(prices, discounts.getOrDefault(0, List.of()), h.couponCode(), h.country(),
				h.taxRate(), h.money(h.subtotal()), h.money(h.discounts()), h.money(h.total() - h.tax()),
				h.money(h.tax()), h.money(h.total()));
	}

	/** The breakdown's columns of {@code customer_order}. */
	record Header(long subtotal, long discounts, long tax, int taxRate, String couponCode, long total, String currency,
			String country) {

		Money money(long amountMinor) {
			return new Money(amountMinor, this.currency);
		}

	}

}

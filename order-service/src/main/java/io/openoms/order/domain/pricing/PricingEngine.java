package io.openoms.order.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToLongFunction;

import io.openoms.contracts.Money;

/**
 * Prices an order: its lines at list price, the discounts of the pricing rules, and the
 * tax of its destination. Pure and deterministic: the same items, rules, coupon, country
 * and instant give the same breakdown. The precedence (ADR 0014):
 * <ol>
 * <li>Only rules that are active, valid at the instant, in the order's currency and whose
 * minimum quantity (of the line) and minimum order value are met take part; a coupon rule
 * only when the order carries its code.</li>
 * <li><b>Line level</b>, each line on its own: first the automatic SKU and CATEGORY
 * rules, each computed on the line's list amount; then the line-level coupon rules,
 * computed on what is left of the line.</li>
 * <li><b>Order level</b>, on the sum of the lines after their discounts: first the
 * automatic ORDER rules, each computed on that sum; then the order-level coupon rules,
 * computed on what is left.</li>
 * <li>In each of these four groups only the best non-stackable rule applies (the largest
 * amount; on a tie the smaller rule id), plus every stackable rule, in rule-id
 * order.</li>
 * <li>No discount takes more than what is left: nothing goes below zero.</li>
 * <li>Order-level discounts are spread over the lines in proportion to what each line is
 * left with (largest remainder, ties to the earlier line), so each line knows its
 * price.</li>
 * <li>Catalog prices include tax. Each line's tax is extracted from its discounted total
 * at the destination's rate: {@code tax = total * rate / (1 + rate)}, rounded half-even
 * to the minor unit, per line; the order's tax is the sum of its lines'.</li>
 * </ol>
 * Percentages are rounded half-even to the minor unit. A fixed amount of a line rule is
 * taken off each unit; of an order rule, once.
 */
public final class PricingEngine {

	private static final long BASIS = 10_000;

	private final TaxRates taxRates;

	public PricingEngine(TaxRates taxRates) {
		this.taxRates = Objects.requireNonNull(taxRates, "taxRates");
	}

	/**
	 * Prices the items.
	 * @param items the order's lines, at least one, all in one currency
	 * @param rules the candidate rules (inactive and expired ones are ignored)
	 * @param couponCode the coupon the customer entered, null or blank for none
	 * @param country the destination (ISO 3166-1 alpha-2), which sets the tax rate
	 * @param at when the order is placed
	 * @return the breakdown, and whether the coupon (if any) took part
	 */
	public Quote price(List<Item> items, List<PricingRule> rules, String couponCode, String country, Instant at) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("an order needs at least one line");
		}
		String currency = items.get(0).listPrice().currency();
		String coupon = normalize(couponCode);
		long listSubtotal = 0;
		for (Item item : items) {
			if (!item.listPrice().currency().equals(currency)) {
				throw new IllegalArgumentException("all lines must be priced in " + currency);
			}
			listSubtotal = Math.addExact(listSubtotal, item.listAmount());
		}
		List<PricingRule> usable = rules.stream()
			.filter((rule) -> rule.appliesAt(at))
			.filter((rule) -> !rule.isCoupon() || rule.couponCode().equals(coupon))
			.filter((rule) -> rule.amount() == null || rule.amount().currency().equals(currency))
			.filter((rule) -> rule.minOrderValue() == null || rule.minOrderValue().currency().equals(currency))
			.toList();
		boolean couponTookPart = false;

		List<List<AppliedDiscount>> lineDiscounts = new ArrayList<>();
		long[] left = new long[items.size()];
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			long subtotal = listSubtotal;
			List<PricingRule> lineRules = usable.stream()
				.filter(PricingRule::isLineRule)
				.filter((rule) -> rule.matches(item.sku(), item.category()))
				.filter((rule) -> rule.minQuantity() == null || item.quantity() >= rule.minQuantity())
				.filter((rule) -> rule.minOrderValue() == null || subtotal >= rule.minOrderValue().amountMinor())
				.toList();
			Group automatic = new Group(currency, item.listAmount());
			automatic.apply(only(lineRules, false), (rule) -> lineAmount(rule, item.listAmount(), item.quantity()));
			long afterAutomatic = automatic.left;
			Group coupons = new Group(currency, afterAutomatic);
			coupons.apply(only(lineRules, true), (rule) -> lineAmount(rule, afterAutomatic, item.quantity()));
			couponTookPart |= coupons.tookPart;
			List<AppliedDiscount> applied = new ArrayList<>(automatic.applied);
			applied.addAll(coupons.applied);
			lineDiscounts.add(applied);
			left[i] = coupons.left;
		}

		long orderBase = 0;
		for (long amount : left) {
			orderBase += amount;
		}
		long base = orderBase;
		List<PricingRule> orderRules = usable.stream()
			.filter((rule) -> !rule.isLineRule())
			.filter((rule) -> rule.minOrderValue() == null || base >= rule.minOrderValue().amountMinor())
			.toList();
		Group automatic = new Group(currency, orderBase);
		automatic.apply(only(orderRules, false), (rule) -> orderAmount(rule, base));
		long afterAutomatic = automatic.left;
		Group coupons = new Group(currency, afterAutomatic);
		coupons.apply(only(orderRules, true), (rule) -> orderAmount(rule, afterAutomatic));
		couponTookPart |= coupons.tookPart;
		List<AppliedDiscount> orderDiscounts = new ArrayList<>(automatic.applied);
		orderDiscounts.addAll(coupons.applied);
		long[] shares = spread(orderBase - coupons.left, left);

		int rate = this.taxRates.basisPointsFor(country);
		List<LinePrice> lines = new ArrayList<>();
		long discounts = 0;
		long tax = 0;
		long total = 0;
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			long lineTotal = left[i] - shares[i];
			long lineTax = halfEven(Math.multiplyExact(lineTotal, rate), BASIS + rate);
			discounts += item.listAmount() - lineTotal;
			tax += lineTax;
			total += lineTotal;
			lines.add(
					new LinePrice(item.sku(), item.quantity(), item.listPrice(), new Money(item.listAmount(), currency),
							lineDiscounts.get(i), new Money(shares[i], currency), new Money(lineTotal, currency),
							new Money(lineTotal - lineTax, currency), new Money(lineTax, currency)));
		}
		PriceBreakdown breakdown = new PriceBreakdown(lines, orderDiscounts, couponTookPart ? coupon : null, country,
				rate, new Money(listSubtotal, currency), new Money(discounts, currency),
				new Money(total - tax, currency), new Money(tax, currency), new Money(total, currency));
		return new Quote(breakdown, coupon == null || couponTookPart);
	}

	private static List<PricingRule> only(List<PricingRule> rules, boolean coupons) {
		return rules.stream().filter((rule) -> rule.isCoupon() == coupons).toList();
	}

	private static long lineAmount(PricingRule rule, long base, int quantity) {
		return switch (rule.kind()) {
			case PERCENTAGE -> percentOf(base, rule.percentBasisPoints());
			case FIXED_AMOUNT -> Math.multiplyExact(rule.amount().amountMinor(), quantity);
		};
	}

	private static long orderAmount(PricingRule rule, long base) {
		return switch (rule.kind()) {
			case PERCENTAGE -> percentOf(base, rule.percentBasisPoints());
			case FIXED_AMOUNT -> rule.amount().amountMinor();
		};
	}

	private static long percentOf(long amount, int basisPoints) {
		return halfEven(Math.multiplyExact(amount, basisPoints), BASIS);
	}

	static long halfEven(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator)
			.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN)
			.longValueExact();
	}

	/**
	 * Spreads {@code amount} over the lines in proportion to {@code weights}: each line
	 * gets the floor of its share, the units left over go to the largest remainders
	 * (ties: the earlier line). No line gets more than its weight.
	 */
	static long[] spread(long amount, long[] weights) {
		long[] shares = new long[weights.length];
		long sum = 0;
		for (long weight : weights) {
			sum += weight;
		}
		if (amount == 0 || sum == 0) {
			return shares;
		}
		BigDecimal total = BigDecimal.valueOf(sum);
		long[] remainders = new long[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			BigDecimal[] division = BigDecimal.valueOf(amount)
				.multiply(BigDecimal.valueOf(weights[i]))
				.divideAndRemainder(total);
			shares[i] = division[0].longValueExact();
			remainders[i] = division[1].longValueExact();
			given += shares[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < weights.length; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparing((i) -> i));
		for (int k = 0; given < amount; k++) {
			shares[order.get(k)]++;
			given++;
		}
		return shares;
	}

	private static String normalize(String couponCode) {
		return (couponCode == null || couponCode.isBlank()) ? null : couponCode.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * One group of rules applied together: the best non-stackable one and all stackable.
	 */
	private static final class Group {

		private final String currency;

		private final List<AppliedDiscount> applied = new ArrayList<>();

		private long left;

		private boolean tookPart;

		Group(String currency, long left) {
			this.currency = currency;
			this.left = left;
		}

		void apply(List<PricingRule> rules, ToLongFunction<PricingRule> amount) {
			Comparator<PricingRule> byId = Comparator.comparing((rule) -> rule.id().toString());
			List<PricingRule> chosen = new ArrayList<>();
			rules.stream()
				.filter((rule) -> !rule.stackable())
				.min(Comparator.comparingLong((PricingRule rule) -> -amount.applyAsLong(rule)).thenComparing(byId))
				.ifPresent(chosen::add);
			rules.stream().filter(PricingRule::stackable).sorted(byId).forEach(chosen::add);
			for (PricingRule rule : chosen) {
				this.tookPart = true;
				long take = Math.min(amount.applyAsLong(rule), this.left);
				if (take > 0) {
					this.left -= take;
					this.applied.add(new AppliedDiscount(rule.id(), rule.name(), rule.couponCode(),
							new Money(take, this.currency)));
				}
			}
		}

	}

	/**
	 * One line to price.
	 *
	 * @param sku the product
	 * @param category its catalog category, null if it has none
	 * @param quantity how many, at least 1
	 * @param listPrice the catalog's unit price, tax included
	 */
	public record Item(String sku, String category, int quantity, Money listPrice) {

		public Item {
			Objects.requireNonNull(sku, "sku");
			Objects.requireNonNull(listPrice, "listPrice");
			if (quantity < 1) {
				throw new IllegalArgumentException("quantity must be at least 1");
			}
		}

		long listAmount() {
			return Math.multiplyExact(this.listPrice.amountMinor(), this.quantity);
		}

	}

	/**
	 * The outcome of pricing.
	 *
	 * @param breakdown the price
	 * @param couponAccepted false when the order carried a coupon code that no usable
	 * rule has: a business rejection, the caller decides what to do with it
	 */
	public record Quote(PriceBreakdown breakdown, boolean couponAccepted) {
	}

}

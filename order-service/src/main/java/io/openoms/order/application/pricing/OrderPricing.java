package io.openoms.order.application.pricing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.openoms.order.application.InvalidOrderException;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.catalog.Product;
import io.openoms.order.domain.pricing.PriceBreakdown;
import io.openoms.order.domain.pricing.PricingEngine;
import io.openoms.order.domain.pricing.TaxRates;
import org.springframework.stereotype.Component;

/**
 * Prices an order's lines (at list price from the catalog) with the pricing rules and the
 * destination's tax; part of placing an order, in its transaction.
 */
@Component
public class OrderPricing {

	private final PricingRules rules;

	private final PricingEngine engine;

	OrderPricing(PricingRules rules, TaxRates taxRates) {
		this.rules = rules;
		this.engine = new PricingEngine(taxRates);
	}

	/**
	 * The breakdown of the order whose lines' products the caller read already
	 * ({@code products}: the active products among the lines' SKUs).
	 * @throws InvalidOrderException naming {@code couponCode} when the coupon is unknown,
	 * expired or its conditions are not met
	 */
	public PriceBreakdown price(List<OrderLine> lines, Map<String, Product> products, String couponCode, String country,
			Instant at) {
		List<String> skus = lines.stream().map(OrderLine::sku).toList();
		List<PricingEngine.Item> items = lines.stream()
			.map((line) -> new PricingEngine.Item(line.sku(),
					(products.get(line.sku()) != null) ? products.get(line.sku()).category() : null, line.quantity(),
					line.unitPrice()))
			.toList();
		List<String> categories = items.stream().map(PricingEngine.Item::category).filter(Objects::nonNull).toList();
		PricingEngine.Quote quote = this.engine.price(items, this.rules.candidates(skus, categories, couponCode),
				couponCode, country, at);
		if (!quote.couponAccepted()) {
			throw new InvalidOrderException(List.of(new Violation("couponCode",
					"coupon '" + couponCode + "' is unknown, expired, or its conditions are not met by this order")));
		}
		return quote.breakdown();
	}

}

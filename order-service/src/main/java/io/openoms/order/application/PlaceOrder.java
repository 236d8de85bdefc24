package io.openoms.order.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.messaging.Causation;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.application.customer.Customers;
import io.openoms.order.application.pricing.OrderPricing;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.pricing.PriceBreakdown;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices the requested lines from the catalog and the pricing rules, records the
 * customer, and creates the order in CREATED.
 */
@Component
public class PlaceOrder {

	private final Catalog catalog;

	private final Orders orders;

	private final OrderEventPublisher events;

	private final Clock clock;

	private final OrderPricing pricing;

	private final Customers customers;

	PlaceOrder(Catalog catalog, Orders orders, OrderEventPublisher events, Clock clock, OrderPricing pricing,
			Customers customers) {
		this.catalog = catalog;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
		this.pricing = pricing;
		this.customers = customers;
	}

	@Transactional
	public Order place(PlaceOrderCommand command, Causation causation) {
		List<OrderLine> lines = price(command.lines());
		Instant now = this.clock.instant();
		PriceBreakdown breakdown = this.pricing.price(lines, command.couponCode(), command.shippingAddress().country(),
				now);
		Order.Placement placement = Order.place(UUID.randomUUID(), command.customerId(), lines, command.paymentMethod(),
				command.shippingAddress(), command.fulfilment(), breakdown, now);
		this.customers.recordOrder(command.customerId(), command.customerEmail(), command.shippingAddress(), now);
		this.orders.add(placement.order());
		this.events.publish(placement.order(), placement.event(), causation);
		return placement.order();
	}

	private List<OrderLine> price(List<PlaceOrderCommand.Line> requested) {
		List<String> skus = requested.stream().map(PlaceOrderCommand.Line::sku).toList();
		Map<String, Money> prices = this.catalog.unitPrices(skus);
		Map<String, Integer> weights = this.catalog.unitWeightsGrams(skus);
		List<Violation> violations = new ArrayList<>();
		List<OrderLine> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String currency = null;
		for (int i = 0; i < requested.size(); i++) {
			PlaceOrderCommand.Line line = requested.get(i);
			Money price = prices.get(line.sku());
			if (price == null) {
				violations
					.add(new Violation("lines[" + i + "].sku", "unknown or discontinued SKU '" + line.sku() + "'"));
				continue;
			}
			if (!seen.add(line.sku())) {
				violations.add(new Violation("lines[" + i + "].sku",
						"SKU '" + line.sku() + "' appears twice: put the total quantity on one line"));
				continue;
			}
			if (currency != null && !currency.equals(price.currency())) {
				violations.add(new Violation("lines[" + i + "].sku",
						"SKU '" + line.sku() + "' is priced in " + price.currency() + ", the order in " + currency));
				continue;
			}
			currency = price.currency();
			lines.add(new OrderLine(line.sku(), line.quantity(), price, weights.get(line.sku())));
		}
		if (!violations.isEmpty()) {
			throw new InvalidOrderException(violations);
		}
		return lines;
	}

}

package io.openoms.order.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.messaging.Causation;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderLine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Prices the requested lines from the catalog and creates the order in CREATED. */
@Component
public class PlaceOrder {

	private final Catalog catalog;

	private final Orders orders;

	private final OrderEventPublisher events;

	private final Clock clock;

	PlaceOrder(Catalog catalog, Orders orders, OrderEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Order place(PlaceOrderCommand command, Causation causation) {
		List<OrderLine> lines = price(command.lines());
		Order.Placement placement = Order.place(UUID.randomUUID(), command.customerId(), lines, command.paymentMethod(),
				command.shippingAddress(), command.fulfilment(), this.clock.instant());
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

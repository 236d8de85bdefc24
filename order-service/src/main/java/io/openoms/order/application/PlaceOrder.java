package io.openoms.order.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.messaging.Causation;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.application.catalog.Products;
import io.openoms.order.application.customer.Customers;
import io.openoms.order.application.pricing.OrderPricing;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.ShippingAddress;
import io.openoms.order.domain.catalog.Product;
import io.openoms.order.domain.pricing.PriceBreakdown;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the request, prices the requested lines from the catalog and the pricing rules,
 * records the customer and creates the order in CREATED: the one way in for every entry
 * (HTTP, upstream {@code OrderPlaced}), idempotent by the entry's {@code Idempotency-Key}
 * or upstream reference.
 */
@Component
public class PlaceOrder {

	private final Products products;

	private final Orders orders;

	private final IdempotencyKeys idempotencyKeys;

	private final OrderEventPublisher events;

	private final Validator validator;

	private final Clock clock;

	private final OrderPricing pricing;

	private final Customers customers;

	PlaceOrder(Products products, Orders orders, IdempotencyKeys idempotencyKeys, OrderEventPublisher events,
			Validator validator, Clock clock, OrderPricing pricing, Customers customers) {
		this.products = products;
		this.orders = orders;
		this.idempotencyKeys = idempotencyKeys;
		this.events = events;
		this.validator = validator;
		this.clock = clock;
		this.pricing = pricing;
		this.customers = customers;
	}

	/** Places an order over HTTP, without channel or idempotency key. */
	@Transactional
	public Order place(PlaceOrderCommand command, Causation causation) {
		return place(command, OrderEntry.http(null, null, null), causation).order();
	}

	/**
	 * Places the order, or finds the one placed before for the same entry.
	 * @throws InvalidOrderException naming every field to fix
	 * @throws IdempotencyKeyReusedException if the entry's key placed an order for a
	 * different request
	 */
	@Transactional
	public Placed place(PlaceOrderCommand command, OrderEntry entry, Causation causation) {
		check(command, entry);
		UUID orderId = entry.orderId();
		Optional<Order> earlier = earlierPlacement(entry, orderId);
		if (earlier.isPresent()) {
			return new Placed(earlier.get(), false);
		}
		List<String> skus = command.lines().stream().map((line) -> line.sku().strip()).toList();
		Map<String, Product> products = this.products.findActive(skus);
		List<OrderLine> lines = price(command.lines(), skus, products);
		Instant now = this.clock.instant();
		ShippingAddress shippingAddress = command.shippingAddress().toDomain();
		PriceBreakdown breakdown = this.pricing.price(lines, products, command.couponCode(), shippingAddress.country(),
				now);
		String customerId = command.customerId().strip();
		Order.Placement placement = Order.place(orderId, customerId, lines, command.paymentMethod().strip(),
				shippingAddress, command.fulfilment(), entry.origin(), breakdown, now);
		this.customers.recordOrder(customerId, command.customerEmail(), shippingAddress, now);
		this.orders.add(placement.order());
		this.events.publish(placement.order(), placement.event(), causation);
		return new Placed(placement.order(), true);
	}

	private void check(PlaceOrderCommand command, OrderEntry entry) {
		List<Violation> violations = new ArrayList<>(entry.violations());
		this.validator.validate(command)
			.forEach((violation) -> violations
				.add(new Violation(field(violation.getPropertyPath().toString()), violation.getMessage())));
		if (!violations.isEmpty()) {
			// Name the unknown SKUs too, so one answer lists everything to fix.
			violations.addAll(unknownSkus(command.lines()));
			violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
			throw InvalidOrderException.malformed(violations);
		}
	}

	private List<Violation> unknownSkus(List<PlaceOrderCommand.Line> lines) {
		if (lines == null) {
			return List.of();
		}
		List<String> skus = lines.stream()
			.map((line) -> (line != null && line.sku() != null) ? line.sku().strip() : "")
			.toList();
		Set<String> known = this.products.findActive(skus.stream().filter((sku) -> !sku.isEmpty()).toList()).keySet();
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < skus.size(); i++) {
			if (!skus.get(i).isEmpty() && !known.contains(skus.get(i))) {
				violations.add(unknownSku(i, skus.get(i)));
			}
		}
		return violations;
	}

	private static Violation unknownSku(int line, String sku) {
		return new Violation("lines[" + line + "].sku", "unknown or discontinued SKU '" + sku + "'");
	}

	/**
	 * The field as the request names it: {@code lines[2]}, not
	 * {@code lines[2].<list element>}.
	 */
	private static String field(String propertyPath) {
		return propertyPath.replace(".<list element>", "");
	}

	private Optional<Order> earlierPlacement(OrderEntry entry, UUID orderId) {
		if (entry.isUpstream()) {
			return this.orders.findById(orderId);
		}
		if (entry.idempotencyKey() == null) {
			return Optional.empty();
		}
		return this.idempotencyKeys.claim(entry.idempotencyKey(), entry.requestHash(), orderId, this.clock.instant())
			.map((claim) -> {
				if (!claim.requestHash().equals(entry.requestHash())) {
					throw new IdempotencyKeyReusedException(entry.idempotencyKey(), claim.orderId());
				}
				return this.orders.findById(claim.orderId()).orElseThrow();
			});
	}

	/**
	 * The lines at the catalog's list prices and weights ({@code products}: the active
	 * products among {@code skus}, read once for the lines and the pricing rules).
	 */
	private List<OrderLine> price(List<PlaceOrderCommand.Line> requested, List<String> skus,
			Map<String, Product> products) {
		List<Violation> violations = new ArrayList<>();
		List<OrderLine> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String currency = null;
		for (int i = 0; i < requested.size(); i++) {
			PlaceOrderCommand.Line line = new PlaceOrderCommand.Line(skus.get(i), requested.get(i).quantity());
			Product product = products.get(line.sku());
			if (product == null) {
				violations.add(unknownSku(i, line.sku()));
				continue;
			}
			Money price = product.listPrice();
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
			lines.add(new OrderLine(line.sku(), line.quantity(), price, product.unitWeightGrams()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidOrderException(violations);
		}
		return lines;
	}

	/**
	 * The outcome of a placement.
	 *
	 * @param order the order
	 * @param created true if placed now, false if placed before for the same entry
	 */
	public record Placed(Order order, boolean created) {
	}

}

package io.openoms.order.messaging;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.openoms.contracts.Money;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.order.OrderSnapshot;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.OrderStatus;
import io.openoms.order.domain.StatusChange;
import io.openoms.order.domain.pricing.AppliedDiscount;
import io.openoms.order.domain.pricing.LinePrice;
import io.openoms.order.domain.pricing.PriceBreakdown;

/**
 * The one translation of an order into the {@link OrderSnapshot} the public status feed
 * carries for ERPs (ADR 0015): lines and totals as priced when the order was placed, and
 * what order-service knows of its payment, stock and parcel.
 */
final class OrderSnapshots {

	private OrderSnapshots() {
	}

	static OrderSnapshot of(Order order) {
		Order.Snapshot state = order.snapshot();
		PriceBreakdown pricing = order.pricing().orElse(null);
		return new OrderSnapshot(order.origin().channel(), order.origin().reference(), order.customerId(),
				order.total().currency(), order.fulfilment().priority(), order.createdAt(), lines(order, pricing),
				totals(order, pricing), address(order), payment(order, state), allocation(state), shipment(state),
				order.hold().map((hold) -> new OrderSnapshot.Hold(hold.reason(), hold.since())).orElse(null),
				cancellationReason(order));
	}

	static ShippingAddress address(Order order) {
		var address = order.shippingAddress();
		return new ShippingAddress(address.name(), address.line1(), address.line2(), address.postalCode(),
				address.city(), address.country());
	}

	private static List<OrderSnapshot.Line> lines(Order order, PriceBreakdown pricing) {
		List<OrderLine> lines = order.lines();
		return IntStream.range(0, lines.size()).mapToObj((i) -> {
			OrderLine line = lines.get(i);
			if (pricing == null) {
				// Placed before pricing rules existed: list price, no discounts, tax
				// unknown.
				Money zero = Money.zero(line.unitPrice().currency());
				return new OrderSnapshot.Line(line.sku(), line.quantity(), line.unitPrice(), line.lineTotal(),
						List.of(), zero, null, line.lineTotal(), line.unitWeightGrams());
			}
			LinePrice price = pricing.lines().get(i);
			return new OrderSnapshot.Line(line.sku(), line.quantity(), price.listPrice(), price.listAmount(),
					discounts(price.discounts()), price.orderDiscountShare(), price.tax(), price.total(),
					line.unitWeightGrams());
		}).toList();
	}

	private static OrderSnapshot.Totals totals(Order order, PriceBreakdown pricing) {
		if (pricing == null) {
			return new OrderSnapshot.Totals(order.total(), Money.zero(order.total().currency()), List.of(), null, null,
					null, null, null, order.total());
		}
		return new OrderSnapshot.Totals(pricing.subtotal(), pricing.discounts(), discounts(pricing.orderDiscounts()),
				pricing.couponCode(), pricing.net(), pricing.tax(), pricing.taxCountry(), pricing.taxRateBasisPoints(),
				pricing.total());
	}

	private static List<OrderSnapshot.Discount> discounts(List<AppliedDiscount> discounts) {
		return discounts.stream()
			.map((discount) -> new OrderSnapshot.Discount(discount.ruleId(), discount.name(), discount.couponCode(),
					discount.amount()))
			.toList();
	}

	private static OrderSnapshot.Payment payment(Order order, Order.Snapshot state) {
		return (state.paymentId() != null) ? new OrderSnapshot.Payment(state.paymentId(), order.total()) : null;
	}

	private static OrderSnapshot.Allocation allocation(Order.Snapshot state) {
		if (state.allocationId() == null) {
			return null;
		}
		Set<String> warehouses = new LinkedHashSet<>();
		warehouses.add(state.warehouse());
		List<AllocatedLine> lines = state.allocatedUnits().stream().map(OrderSnapshots::allocatedLine).toList();
		lines.stream().map(AllocatedLine::warehouse).filter((warehouse) -> warehouse != null).forEach(warehouses::add);
		return new OrderSnapshot.Allocation(state.allocationId(), List.copyOf(warehouses), lines);
	}

	static AllocatedLine allocatedLine(OrderEvent.AllocatedUnits units) {
		return new AllocatedLine(units.sku(), units.quantity(), units.warehouse());
	}

	private static OrderSnapshot.Shipment shipment(Order.Snapshot state) {
		return (state.shipmentId() != null)
				? new OrderSnapshot.Shipment(state.shipmentId(), state.carrier(), state.trackingNumber()) : null;
	}

	private static String cancellationReason(Order order) {
		if (order.status() != OrderStatus.CANCELLED) {
			return null;
		}
		List<StatusChange> history = order.history();
		return history.get(history.size() - 1).reason();
	}

}

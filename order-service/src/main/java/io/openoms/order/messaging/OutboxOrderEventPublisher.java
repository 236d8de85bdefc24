package io.openoms.order.messaging;

import java.util.ArrayList;
import java.util.List;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.inventory.AllocatedLine;
import io.openoms.contracts.order.OrderAllocated;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCompleted;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPaid;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.contracts.order.OrderStatusChanged;
import io.openoms.contracts.order.ShippingAddress;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import io.openoms.order.application.OrderEventPublisher;
import io.openoms.order.domain.Fulfilment;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;
import io.openoms.order.domain.StatusChange;
import org.springframework.stereotype.Component;

/**
 * Translates the order's domain events into the published contracts: one event for the
 * other services on the order topic, and one {@link OrderStatusChanged} on the public
 * status topic for every transition, with the order's snapshot ({@link OrderSnapshots}).
 */
@Component
class OutboxOrderEventPublisher implements OrderEventPublisher {

	private final Outbox outbox;

	OutboxOrderEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void publish(Order order, List<? extends OrderEvent> events, Causation causation) {
		List<EventPayload> payloads = new ArrayList<>(events.size() * 2);
		for (OrderEvent event : events) {
			if (event instanceof OrderEvent.Released released) {
				// Its status change was published when it happened, while the order was
				// held.
				payloads.add(toContract(order, released.event()));
				continue;
			}
			// Waiting for stock concerns no other service, and a held order's news waits
			// for the release: both are news for the status feed only.
			if (!(event instanceof OrderEvent.Backordered) && !(event instanceof OrderEvent.Withheld)) {
				payloads.add(toContract(order, event));
			}
			payloads.add(statusChanged(order, event.change()));
		}
		this.outbox.appendAll(payloads, causation);
	}

	private static EventPayload toContract(Order order, OrderEvent event) {
		if (event instanceof OrderEvent.Created) {
			return new OrderCreated(order.id(), order.customerId(), lines(order), order.total(), order.paymentMethod(),
					address(order), order.fulfilment().priority());
		}
		if (event instanceof OrderEvent.Paid paid) {
			Fulfilment fulfilment = order.fulfilment();
			return new OrderPaid(order.id(), paid.paymentId(), lines(order), fulfilment.priority(),
					fulfilment.backorder(), fulfilment.partialAllocation(), order.createdAt());
		}
		if (event instanceof OrderEvent.Allocated allocated) {
			return new OrderAllocated(order.id(), allocated.allocationId(), allocated.warehouse(), lines(order),
					address(order), allocatedLines(allocated));
		}
		if (event instanceof OrderEvent.Shipped shipped) {
			return new OrderShipped(order.id(), shipped.shipmentId(), shipped.carrier(), shipped.trackingNumber());
		}
		if (event instanceof OrderEvent.Completed completed) {
			return new OrderCompleted(order.id(), completed.shipmentId());
		}
		if (event instanceof OrderEvent.Cancelled cancelled) {
			return new OrderCancelled(order.id(), cancelled.previousStatus().name(), cancelled.reason());
		}
		throw new IllegalArgumentException("unmapped order event " + event);
	}

	private static OrderStatusChanged statusChanged(Order order, StatusChange change) {
		return new OrderStatusChanged(order.id(), order.customerId(),
				(change.from() != null) ? change.from().name() : null, change.to().name(), change.reason(),
				order.total(), change.revision(), change.at(), OrderSnapshots.of(order));
	}

	private static List<OrderLine> lines(Order order) {
		return order.lines()
			.stream()
			.map((line) -> new OrderLine(line.sku(), line.quantity(), line.unitPrice(), line.unitWeightGrams()))
			.toList();
	}

	private static List<AllocatedLine> allocatedLines(OrderEvent.Allocated allocated) {
		return allocated.lines().stream().map(OrderSnapshots::allocatedLine).toList();
	}

	private static ShippingAddress address(Order order) {
		return OrderSnapshots.address(order);
	}

}

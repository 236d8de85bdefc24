package io.openoms.shipping.application;

import java.util.HashMap;
import java.util.Map;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.contracts.order.OrderLine;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.shipping.domain.OrderToShip;
import io.openoms.shipping.domain.ServiceLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what shipping-service needs of a new order for when it ships it: its priority and
 * the weight of its products. OrderCreated comes before OrderAllocated on the same
 * partition, so the facts are there when the order is allocated.
 */
@Component
public class RememberOrder {

	private final OrdersToShip orders;

	RememberOrder(OrdersToShip orders) {
		this.orders = orders;
	}

	@Transactional
	public void on(EventEnvelope<OrderCreated> event) {
		OrderCreated created = event.payload();
		Map<String, Integer> weights = new HashMap<>();
		if (created.lines() != null) {
			for (OrderLine line : created.lines()) {
				if (line.sku() != null && line.unitWeightGrams() != null && line.unitWeightGrams() > 0) {
					weights.put(line.sku(), line.unitWeightGrams());
				}
			}
		}
		ServiceLevel service = (created.priority() == OrderPriority.EXPRESS) ? ServiceLevel.EXPRESS
				: ServiceLevel.STANDARD;
		this.orders.remember(new OrderToShip(created.orderId(), service, weights));
	}

}

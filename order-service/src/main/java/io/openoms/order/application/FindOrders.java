package io.openoms.order.application;

import java.util.List;
import java.util.UUID;

import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders for the API. */
@Component
public class FindOrders {

	private final Orders orders;

	FindOrders(Orders orders) {
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	public Order byId(UUID orderId) {
		return this.orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	@Transactional(readOnly = true)
	public List<Order> search(String customerId, OrderStatus status, int limit) {
		return this.orders.search(customerId, status, limit);
	}

}

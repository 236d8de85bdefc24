package io.openoms.order.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.order.domain.Order;
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

	/**
	 * One page of the orders the query selects, and where the next page starts (empty on
	 * the last page).
	 */
	@Transactional(readOnly = true)
	public Page search(OrderQuery query) {
		List<Order> found = this.orders.search(query.oneMore());
		if (found.size() <= query.limit()) {
			return new Page(found, Optional.empty());
		}
		List<Order> page = found.subList(0, query.limit());
		Order last = page.get(page.size() - 1);
		return new Page(page, Optional.of(new OrderQuery.Position(last.createdAt(), last.id())));
	}

	/**
	 * @param orders the page's orders
	 * @param next the position after the page's last order, if there are more
	 */
	public record Page(List<Order> orders, Optional<OrderQuery.Position> next) {
	}

}

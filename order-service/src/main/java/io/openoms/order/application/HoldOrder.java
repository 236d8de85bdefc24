package io.openoms.order.application;

import java.time.Clock;
import java.util.UUID;

import io.openoms.order.domain.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator puts an order on hold: it keeps its true status, but what would make the
 * next service act is withheld until {@link ReleaseOrder} (ADR 0013).
 */
@Component
public class HoldOrder {

	private final Orders orders;

	private final Clock clock;

	HoldOrder(Orders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Transactional
	public Order hold(UUID orderId, String reason) {
		Order order = this.orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
		if (order.hold(reason, this.clock.instant())) {
			this.orders.update(order);
		}
		return order;
	}

}

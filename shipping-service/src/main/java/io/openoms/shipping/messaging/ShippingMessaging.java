package io.openoms.shipping.messaging;

import io.openoms.contracts.order.OrderAllocated;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.messaging.EventHandlers;
import io.openoms.shipping.application.RecallShipment;
import io.openoms.shipping.application.RememberOrder;
import io.openoms.shipping.application.ShipOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What shipping-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class ShippingMessaging {

	@Bean
	EventHandlers shippingEventHandlers(RememberOrder rememberOrder, ShipOrder shipOrder,
			RecallShipment recallShipment) {
		return EventHandlers.builder()
			.on(OrderCreated.class, rememberOrder::on)
			.on(OrderAllocated.class, shipOrder::on)
			.on(OrderCancelled.class, recallShipment::on)
			.build();
	}

}

package io.openoms.shipping.messaging;

import io.openoms.contracts.order.OrderAllocated;
import io.openoms.messaging.EventHandlers;
import io.openoms.shipping.application.ShipOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What shipping-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class ShippingMessaging {

	@Bean
	EventHandlers shippingEventHandlers(ShipOrder shipOrder) {
		return EventHandlers.builder().on(OrderAllocated.class, shipOrder::on).build();
	}

}

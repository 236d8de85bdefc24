package io.openoms.inventory.messaging;

import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderPaid;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.inventory.application.AllocateOrder;
import io.openoms.inventory.application.ReleaseAllocation;
import io.openoms.inventory.application.ShipAllocation;
import io.openoms.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What inventory-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class InventoryMessaging {

	@Bean
	EventHandlers inventoryEventHandlers(AllocateOrder allocateOrder, ShipAllocation shipAllocation,
			ReleaseAllocation releaseAllocation) {
		return EventHandlers.builder()
			.on(OrderPaid.class, allocateOrder::on)
			.on(OrderShipped.class, shipAllocation::on)
			.on(OrderCancelled.class, releaseAllocation::on)
			.build();
	}

}

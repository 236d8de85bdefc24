package io.openoms.order.messaging;

import io.openoms.contracts.inventory.StockAllocated;
import io.openoms.contracts.inventory.StockAllocationFailed;
import io.openoms.contracts.inventory.StockBackordered;
import io.openoms.contracts.inventory.StockReleased;
import io.openoms.contracts.payment.PaymentActionRequired;
import io.openoms.contracts.payment.PaymentAuthorizationCancelled;
import io.openoms.contracts.payment.PaymentAuthorized;
import io.openoms.contracts.payment.PaymentCaptured;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentRefunded;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.contracts.shipping.ShipmentDelivered;
import io.openoms.contracts.shipping.ShipmentDispatched;
import io.openoms.contracts.shipping.ShipmentFailed;
import io.openoms.contracts.shipping.ShipmentTrackingUpdated;
import io.openoms.contracts.upstream.OrderPlaced;
import io.openoms.messaging.EventHandlers;
import io.openoms.order.application.AcceptUpstreamOrder;
import io.openoms.order.application.AllocationOutcomes;
import io.openoms.order.application.Compensations;
import io.openoms.order.application.PaymentOutcomes;
import io.openoms.order.application.ShipmentProgress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What order-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class OrderMessaging {

	@Bean
	EventHandlers orderEventHandlers(PaymentOutcomes payments, AllocationOutcomes allocations,
			ShipmentProgress shipments, Compensations compensations, AcceptUpstreamOrder upstreamOrders) {
		return EventHandlers.builder()
			.on(PaymentSucceeded.class, payments::on)
			.on(PaymentFailed.class, payments::onFailed)
			.on(PaymentAuthorized.class, payments::onAuthorized)
			.on(PaymentActionRequired.class, payments::onActionRequired)
			.on(PaymentCaptured.class, payments::onCaptured)
			.on(StockAllocated.class, allocations::on)
			.on(StockAllocationFailed.class, allocations::onFailed)
			.on(StockBackordered.class, allocations::onBackordered)
			.on(ShipmentDispatched.class, shipments::on)
			.on(ShipmentDelivered.class, shipments::onDelivered)
			.on(ShipmentFailed.class, shipments::onFailed)
			.on(ShipmentTrackingUpdated.class, shipments::onTrackingUpdated)
			.on(PaymentRefunded.class, compensations::onRefunded)
			.on(StockReleased.class, compensations::onReleased)
			.on(PaymentAuthorizationCancelled.class, compensations::onAuthorizationCancelled)
			.on(OrderPlaced.class, upstreamOrders::on)
			.build();
	}

}

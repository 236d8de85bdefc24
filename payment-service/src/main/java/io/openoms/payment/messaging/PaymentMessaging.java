package io.openoms.payment.messaging;

import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.messaging.EventHandlers;
import io.openoms.payment.application.ChargeOrder;
import io.openoms.payment.application.RefundOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What payment-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class PaymentMessaging {

	@Bean
	EventHandlers paymentEventHandlers(ChargeOrder chargeOrder, RefundOrder refundOrder) {
		return EventHandlers.builder()
			.on(OrderCreated.class, chargeOrder::on)
			.on(OrderCancelled.class, refundOrder::on)
			.build();
	}

}

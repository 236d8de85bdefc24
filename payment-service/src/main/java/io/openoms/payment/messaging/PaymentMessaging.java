package io.openoms.payment.messaging;

import io.openoms.contracts.order.OrderCreated;
import io.openoms.messaging.EventHandlers;
import io.openoms.payment.application.ChargeOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What payment-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class PaymentMessaging {

	@Bean
	EventHandlers paymentEventHandlers(ChargeOrder chargeOrder) {
		return EventHandlers.builder().on(OrderCreated.class, chargeOrder::on).build();
	}

}

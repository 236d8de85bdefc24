package io.openoms.payment.messaging;

import io.openoms.contracts.order.OrderCancelled;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.contracts.payment.PaymentAuthorized;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.messaging.EventHandlers;
import io.openoms.payment.application.CapturePayment;
import io.openoms.payment.application.ChargeOrder;
import io.openoms.payment.application.RefundOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What payment-service consumes, and who handles it. */
@Configuration(proxyBeanMethods = false)
class PaymentMessaging {

	@Bean
	EventHandlers paymentEventHandlers(ChargeOrder chargeOrder, CapturePayment capturePayment,
			RefundOrder refundOrder) {
		return EventHandlers.builder()
			.on(OrderCreated.class, chargeOrder::on)
			.on(OrderShipped.class, capturePayment::on)
			.on(OrderCancelled.class, refundOrder::on)
			// Its own events: money that reaches a charge after its order was cancelled
			// (a customer finishing authentication late) goes back.
			.on(PaymentSucceeded.class, refundOrder::onLatePayment)
			.on(PaymentAuthorized.class, refundOrder::onLatePayment)
			.build();
	}

}

package io.openoms.payment.application;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges a new order's total. The payment row is claimed before the gateway is called,
 * so two deliveries of the order (even with different event ids) charge once; the gateway
 * call carries an idempotency key, so a retry after a crash does not charge twice either.
 */
@Component
public class ChargeOrder {

	private static final Logger log = LoggerFactory.getLogger(ChargeOrder.class);

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentEventPublisher events;

	private final Clock clock;

	ChargeOrder(Payments payments, PaymentGateway gateway, PaymentEventPublisher events, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderCreated> event) {
		OrderCreated order = event.payload();
		if (order.total() == null || order.paymentMethod() == null || order.paymentMethod().isBlank()) {
			throw new RejectedEventException("OrderCreated " + event.eventId() + " has no total or payment method");
		}
		Payment payment = Payment.charge(UUID.randomUUID(), order.orderId(), order.total(), order.paymentMethod(),
				this.clock.instant());
		if (!this.payments.addIfFirstOfKind(payment)) {
			log.info("Order {} is already charged or being charged; ignoring OrderCreated {}", order.orderId(),
					event.eventId());
			return;
		}
		PaymentEvent outcome = payment.record(this.gateway.charge(payment.nextAttempt()), this.clock.instant());
		this.payments.update(payment);
		this.events.publish(outcome, Causation.causedBy(event));
	}

}

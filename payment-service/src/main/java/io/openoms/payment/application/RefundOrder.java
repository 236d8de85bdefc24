package io.openoms.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.messaging.Causation;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentEvent;
import io.openoms.payment.domain.PaymentKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a cancelled order's money back, if its charge took any. The order's status when
 * it was cancelled does not matter: OrderCreated and OrderCancelled of one order share a
 * partition, so the charge has always been made by the time the cancellation arrives,
 * including for an order cancelled while still CREATED (a payment that "arrived late" is
 * refunded here). Like the charge, the refund row is claimed before the gateway is
 * called, so however often, and under whatever event id, the cancellation arrives, the
 * money goes back once.
 */
@Component
public class RefundOrder {

	private static final Logger log = LoggerFactory.getLogger(RefundOrder.class);

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentEventPublisher events;

	private final Clock clock;

	RefundOrder(Payments payments, PaymentGateway gateway, PaymentEventPublisher events, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(EventEnvelope<OrderCancelled> event) {
		OrderCancelled cancelled = event.payload();
		Optional<Payment> found = this.payments.find(cancelled.orderId(), PaymentKind.CHARGE);
		if (found.isEmpty() || !found.get().isRefundable()) {
			log.info("Order {} was cancelled ({}); nothing to refund, its charge is {}", cancelled.orderId(),
					cancelled.reason(), found.map((charge) -> charge.status().name()).orElse("missing"));
			return;
		}
		Payment charge = found.get();
		Instant now = this.clock.instant();
		Payment refund = charge.refundInFull(UUID.randomUUID(), reasonOf(cancelled), now);
		if (!this.payments.addIfFirstOfKind(refund)) {
			log.info("Order {} is already refunded or being refunded; ignoring OrderCancelled {}", cancelled.orderId(),
					event.eventId());
			return;
		}
		PaymentEvent.Refunded refunded = refund.record(this.gateway.refund(refund.nextRefundAttempt(charge)),
				this.clock.instant());
		charge.markRefunded(refunded, this.clock.instant());
		this.payments.update(refund);
		this.payments.update(charge);
		this.events.publish(refunded, Causation.causedBy(event));
	}

	private static String reasonOf(OrderCancelled cancelled) {
		String reason = cancelled.reason();
		return (reason == null || reason.isBlank()) ? "order cancelled" : "order cancelled: " + reason;
	}

}

package io.openoms.payment.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderCreated;
import io.openoms.messaging.Causation;
import io.openoms.messaging.RejectedEventException;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.GatewayOperation;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentStatus;
import org.springframework.stereotype.Component;

/**
 * Charges a new order's total, or only holds it in authorize-then-capture mode. The
 * charge row is claimed before the gateway is called ({@link GatewaySteps}), so two
 * deliveries of the order (even with different event ids) charge once, and the call
 * carries an idempotency key, so a retry after a crash does not charge twice either.
 */
@Component
public class ChargeOrder {

	private static final Logger log = LoggerFactory.getLogger(ChargeOrder.class);

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentEventPublisher events;

	private final GatewaySteps steps;

	private final CaptureMethod captureMethod;

	private final Clock clock;

	ChargeOrder(Payments payments, PaymentGateway gateway, PaymentEventPublisher events, GatewaySteps steps,
			CaptureMethod captureMethod, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.events = events;
		this.steps = steps;
		this.captureMethod = captureMethod;
		this.clock = clock;
	}

	public void on(EventEnvelope<OrderCreated> event) {
		OrderCreated order = event.payload();
		if (order.total() == null || order.paymentMethod() == null || order.paymentMethod().isBlank()) {
			throw new RejectedEventException("OrderCreated " + event.eventId() + " has no total or payment method");
		}
		Optional<Claim> claim = this.steps.beforeCall(() -> claim(event));
		if (claim.isEmpty()) {
			return;
		}
		ChargeRequest request = claim.get().request();
		GatewayAttempt attempt = claim.get().attempt();
		ChargeOutcome outcome = this.steps.call(attempt, () -> this.gateway.charge(request));
		this.steps.afterCall(attempt, outcome.summary(), outcome.gatewayReference(), () -> {
			Payment charge = this.payments.lockCharge(order.orderId()).orElseThrow();
			charge.record(outcome, this.clock.instant())
				.ifPresent((happened) -> this.events.publish(happened, Causation.causedBy(event)));
			this.payments.update(charge);
			return charge;
		});
	}

	private Optional<Claim> claim(EventEnvelope<OrderCreated> event) {
		OrderCreated order = event.payload();
		this.payments.addIfAbsent(Payment.charge(UUID.randomUUID(), order.orderId(), order.total(),
				order.paymentMethod(), this.captureMethod, event.correlationId(), this.clock.instant()));
		Payment charge = this.payments.lockCharge(order.orderId()).orElseThrow();
		if (charge.status() != PaymentStatus.PENDING) {
			log.info("Order {} is charged already ({}); ignoring OrderCreated {}", order.orderId(), charge.status(),
					event.eventId());
			return Optional.empty();
		}
		// Pending: a first attempt, or one whose answer was lost when the service
		// stopped; either way the call goes out with the order's charge key.
		ChargeRequest request = charge.nextAttempt();
		this.payments.update(charge);
		return Optional
			.of(new Claim(request, this.steps.startAttempt(charge, GatewayOperation.CHARGE, request.idempotencyKey())));
	}

	private record Claim(ChargeRequest request, GatewayAttempt attempt) {
	}

}

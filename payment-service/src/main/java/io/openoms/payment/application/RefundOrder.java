package io.openoms.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.order.OrderCancelled;
import io.openoms.messaging.Causation;
import io.openoms.payment.domain.CancelOutcome;
import io.openoms.payment.domain.CancelRequest;
import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.GatewayOperation;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentEvent;
import io.openoms.payment.domain.PaymentStatus;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;
import io.openoms.payment.domain.RefundTrigger;
import org.springframework.stereotype.Component;

/**
 * Gives a cancelled order's money back: releases a charge that only holds it (or still
 * waits for the customer) and refunds what a charge took and has not given back yet.
 * <p>
 * The order's status when it was cancelled does not matter: OrderCreated and
 * OrderCancelled of one order share a partition, so the charge exists by the time the
 * cancellation arrives. The charge remembers the cancellation, so money that reaches it
 * later (a customer completing authentication a moment after the order was cancelled)
 * goes back too: payment-service reads its own PaymentSucceeded and PaymentAuthorized
 * events for that ({@link #onLatePayment}). Like the charge, the refund row is claimed
 * before the gateway is called, so however often, and under whatever event id, the
 * cancellation arrives, the money goes back once.
 */
@Component
public class RefundOrder {

	private static final Logger log = LoggerFactory.getLogger(RefundOrder.class);

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentEventPublisher events;

	private final GatewaySteps steps;

	private final Clock clock;

	RefundOrder(Payments payments, PaymentGateway gateway, PaymentEventPublisher events, GatewaySteps steps,
			Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.events = events;
		this.steps = steps;
		this.clock = clock;
	}

	public void on(EventEnvelope<OrderCancelled> event) {
		OrderCancelled cancelled = event.payload();
		compensate(cancelled.orderId(), reasonOf(cancelled), true, Causation.causedBy(event));
	}

	/**
	 * Money reached a charge: if its order was cancelled meanwhile, it goes back.
	 * @param event payment-service's own PaymentSucceeded or PaymentAuthorized
	 */
	public void onLatePayment(EventEnvelope<?> event) {
		compensate(event.orderId(), "order cancelled before the payment completed", false, Causation.causedBy(event));
	}

	private void compensate(UUID orderId, String reason, boolean cancellationArrived, Causation causation) {
		Optional<Claim> claim = this.steps.beforeCall(() -> claim(orderId, reason, cancellationArrived));
		if (claim.isEmpty()) {
			return;
		}
		GatewayAttempt attempt = claim.get().attempt();
		if (claim.get().refund() != null) {
			RefundRequest request = claim.get().refund();
			RefundOutcome outcome = this.steps.call(attempt, () -> this.gateway.refund(request));
			this.steps.afterCall(attempt, "refunded", outcome.gatewayReference(), () -> {
				Payment charge = this.payments.lockCharge(orderId).orElseThrow();
				Payment refund = this.payments.lock(request.refundId()).orElseThrow();
				refund.record(outcome, this.clock.instant());
				this.events.publish(charge.applyRefund(refund, this.clock.instant()), causation);
				this.payments.update(refund);
				this.payments.update(charge);
				return refund;
			});
			return;
		}
		CancelRequest request = claim.get().cancel();
		CancelOutcome outcome = this.steps.call(attempt, () -> this.gateway.cancel(request));
		String result = (outcome instanceof CancelOutcome.Overtaken overtaken)
				? "too late, already " + overtaken.outcome().summary() : "cancelled";
		this.steps.afterCall(attempt, result, request.chargeReference(), () -> {
			Payment charge = this.payments.lockCharge(orderId).orElseThrow();
			Instant now = this.clock.instant();
			// Overtaken: the charge's real outcome is published; reading that event
			// back (onLatePayment) refunds or releases it.
			Optional<PaymentEvent> happened = (outcome instanceof CancelOutcome.Overtaken overtaken)
					? charge.record(overtaken.outcome(), now) : charge.cancelled(request.reason(), now);
			happened.ifPresent((paymentEvent) -> this.events.publish(paymentEvent, causation));
			this.payments.update(charge);
			return charge;
		});
	}

	private Optional<Claim> claim(UUID orderId, String reason, boolean cancellationArrived) {
		Optional<Payment> found = this.payments.lockCharge(orderId);
		if (found.isEmpty()) {
			log.info("Order {}: nothing to give back, payment-service has no charge of it", orderId);
			return Optional.empty();
		}
		Payment charge = found.get();
		if (cancellationArrived) {
			charge.markOrderCancelled(this.clock.instant());
			this.payments.update(charge);
		}
		if (!charge.isOrderCancelled()) {
			return Optional.empty();
		}
		Optional<Payment> earlier = this.payments.findRefund(orderId, RefundTrigger.ORDER_CANCELLED, null);
		if (earlier.isPresent()) {
			// A cancellation refunds once; a pending one was cut short and is sent again.
			return (earlier.get().status() == PaymentStatus.PENDING) ? Optional.of(refundClaim(charge, earlier.get()))
					: Optional.empty();
		}
		Money pending = this.payments.pendingRefunds(charge);
		switch (charge.compensationDue(pending)) {
			case CANCEL -> {
				CancelRequest request = charge.nextCancelAttempt(reason);
				this.payments.update(charge);
				return Optional.of(new Claim(null, request,
						this.steps.startAttempt(charge, GatewayOperation.CANCEL, request.idempotencyKey())));
			}
			case REFUND -> {
				Payment refund = charge.refund(UUID.randomUUID(), charge.refundable(pending),
						RefundTrigger.ORDER_CANCELLED, reason, null, pending, this.clock.instant());
				this.payments.addIfAbsent(refund);
				return Optional.of(refundClaim(charge, refund));
			}
			default -> {
				log.info("Order {} was cancelled ({}); nothing to give back, its charge is {}", orderId, reason,
						charge.status());
				return Optional.empty();
			}
		}
	}

	private Claim refundClaim(Payment charge, Payment refund) {
		RefundRequest request = refund.nextRefundAttempt(charge);
		this.payments.update(refund);
		return new Claim(request, null,
				this.steps.startAttempt(refund, GatewayOperation.REFUND, request.idempotencyKey()));
	}

	private static String reasonOf(OrderCancelled cancelled) {
		String reason = cancelled.reason();
		return (reason == null || reason.isBlank()) ? "order cancelled" : "order cancelled: " + reason;
	}

	/** A gateway call claimed: either a refund or a cancellation. */
	private record Claim(RefundRequest refund, CancelRequest cancel, GatewayAttempt attempt) {
	}

}

package io.openoms.payment.application;

import java.time.Clock;
import java.util.UUID;

import io.openoms.messaging.Causation;
import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.GatewayOperation;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentStatus;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;
import io.openoms.payment.domain.RefundTrigger;
import org.springframework.stereotype.Component;

/**
 * An operator gives back part or all of what an order's charge took, for example a
 * goodwill refund or an item that arrived broken. The request is idempotent by its key:
 * sent again, it answers with the first refund. A refund the gateway refuses is recorded
 * as FAILED; one whose outcome is unknown (the gateway is down) stays PENDING and the
 * same request, sent again, carries it on with the same gateway key.
 */
@Component
public class RefundPayment {

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentEventPublisher events;

	private final GatewaySteps steps;

	private final Clock clock;

	RefundPayment(Payments payments, PaymentGateway gateway, PaymentEventPublisher events, GatewaySteps steps,
			Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.events = events;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * Refunds, or answers with the refund this request made before.
	 * @return the refund, SUCCEEDED
	 * @throws RefundRefusedException if the gateway refused it (now or when the request
	 * was first sent)
	 * @throws NoPaymentsException if the order has no charge
	 * @throws io.openoms.payment.domain.RefundExceedsChargeException if the charge has
	 * less left to give back
	 * @throws io.openoms.payment.domain.IllegalPaymentTransitionException if the charge
	 * took no money (yet)
	 * @throws RequestKeyReusedException if the key came with a different request before
	 * @throws PaymentGatewayUnavailableException if the gateway could not be reached;
	 * send the same request again
	 */
	public Payment refund(RefundCommand command) {
		Claim claim = this.steps.beforeCall(() -> claim(command));
		if (claim.request() == null) {
			return claim.refund();
		}
		RefundRequest request = claim.request();
		RefundOutcome outcome;
		try {
			outcome = this.steps.call(claim.attempt(), () -> this.gateway.refund(request));
		}
		catch (PaymentGatewayUnavailableException ex) {
			throw ex;
		}
		catch (PaymentGatewayException ex) {
			Payment refused = this.steps.beforeCall(() -> {
				Payment refund = this.payments.lock(request.refundId()).orElseThrow();
				refund.refused("gateway_refused", ex.getMessage(), this.clock.instant());
				this.payments.update(refund);
				return refund;
			});
			throw new RefundRefusedException(refused, ex.getMessage());
		}
		return this.steps.afterCall(claim.attempt(), "refunded", outcome.gatewayReference(), () -> {
			Payment charge = this.payments.lockCharge(command.orderId()).orElseThrow();
			Payment refund = this.payments.lock(request.refundId()).orElseThrow();
			refund.record(outcome, this.clock.instant());
			this.events.publish(charge.applyRefund(refund, this.clock.instant()),
					new Causation(charge.correlationId(), refund.id()));
			this.payments.update(refund);
			this.payments.update(charge);
			return refund;
		});
	}

	private Claim claim(RefundCommand command) {
		Payment charge = this.payments.lockCharge(command.orderId())
			.orElseThrow(() -> new NoPaymentsException(command.orderId()));
		Payment refund = this.payments.findRefund(command.orderId(), RefundTrigger.OPERATOR, command.requestKey())
			.orElse(null);
		if (refund != null) {
			if (!refund.amount().equals(command.amount())) {
				throw new RequestKeyReusedException(command.requestKey());
			}
			if (refund.status() == PaymentStatus.FAILED) {
				throw new RefundRefusedException(refund, refund.snapshot().failureReason());
			}
			if (refund.status() != PaymentStatus.PENDING) {
				return new Claim(refund, null, null);
			}
		}
		else {
			refund = charge.refund(UUID.randomUUID(), command.amount(), RefundTrigger.OPERATOR, command.reason(),
					command.requestKey(), this.payments.pendingRefunds(charge), this.clock.instant());
			this.payments.addIfAbsent(refund);
		}
		RefundRequest request = refund.nextRefundAttempt(charge);
		this.payments.update(refund);
		return new Claim(refund, request,
				this.steps.startAttempt(refund, GatewayOperation.REFUND, request.idempotencyKey()));
	}

	private record Claim(Payment refund, RefundRequest request, GatewayAttempt attempt) {
	}

}

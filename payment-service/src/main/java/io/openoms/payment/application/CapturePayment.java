package io.openoms.payment.application;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.order.OrderShipped;
import io.openoms.messaging.Causation;
import io.openoms.payment.domain.CaptureRequest;
import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.GatewayOperation;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentStatus;
import org.springframework.stereotype.Component;

/**
 * Takes the money an authorized charge holds once its order ships (authorize-then-capture
 * mode). A charge that took the money at once has nothing to capture. A capture the
 * gateway refuses (the authorization expired) is retried and then dead-lettered for an
 * operator: the parcel is on its way and the money must be collected.
 */
@Component
public class CapturePayment {

	private static final Logger log = LoggerFactory.getLogger(CapturePayment.class);

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentEventPublisher events;

	private final GatewaySteps steps;

	private final Clock clock;

	CapturePayment(Payments payments, PaymentGateway gateway, PaymentEventPublisher events, GatewaySteps steps,
			Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.events = events;
		this.steps = steps;
		this.clock = clock;
	}

	public void on(EventEnvelope<OrderShipped> event) {
		OrderShipped shipped = event.payload();
		Optional<Claim> claim = this.steps.beforeCall(() -> {
			Optional<Payment> charge = this.payments.lockCharge(shipped.orderId());
			if (charge.isEmpty() || charge.get().status() != PaymentStatus.AUTHORIZED) {
				log.debug("Order {} shipped; its charge is {}, nothing to capture", shipped.orderId(),
						charge.map((found) -> found.status().name()).orElse("missing"));
				return Optional.empty();
			}
			CaptureRequest request = charge.get().nextCaptureAttempt();
			this.payments.update(charge.get());
			return Optional.of(new Claim(request,
					this.steps.startAttempt(charge.get(), GatewayOperation.CAPTURE, request.idempotencyKey())));
		});
		if (claim.isEmpty()) {
			return;
		}
		GatewayAttempt attempt = claim.get().attempt();
		this.steps.call(attempt, () -> {
			this.gateway.capture(claim.get().request());
			return null;
		});
		this.steps.afterCall(attempt, "captured", claim.get().request().chargeReference(), () -> {
			Payment charge = this.payments.lockCharge(shipped.orderId()).orElseThrow();
			charge.captured(this.clock.instant())
				.ifPresent((happened) -> this.events.publish(happened, Causation.causedBy(event)));
			this.payments.update(charge);
			return charge;
		});
	}

	private record Claim(CaptureRequest request, GatewayAttempt attempt) {
	}

}

package io.openoms.order.application;

import java.time.Clock;
import java.util.Optional;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.payment.PaymentActionRequired;
import io.openoms.contracts.payment.PaymentAuthorized;
import io.openoms.contracts.payment.PaymentCaptured;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;

/** Moves orders on when payment-service reports a charge. */
@Component
public class PaymentOutcomes {

	private final OrderTransitions transitions;

	private final Clock clock;

	PaymentOutcomes(OrderTransitions transitions, Clock clock) {
		this.transitions = transitions;
		this.clock = clock;
	}

	public void on(EventEnvelope<PaymentSucceeded> event) {
		PaymentSucceeded payment = event.payload();
		this.transitions.apply(payment.orderId(),
				(order) -> order.paymentSucceeded(payment.paymentId(), this.clock.instant()),
				Causation.causedBy(event));
	}

	public void onAuthorized(EventEnvelope<PaymentAuthorized> event) {
		PaymentAuthorized payment = event.payload();
		this.transitions.apply(payment.orderId(),
				(order) -> order.paymentAuthorized(payment.paymentId(), this.clock.instant()),
				Causation.causedBy(event));
	}

	public void onActionRequired(EventEnvelope<PaymentActionRequired> event) {
		PaymentActionRequired payment = event.payload();
		progress(event, "payment " + payment.paymentId() + " waits for the customer to authenticate it ("
				+ payment.gatewayReference() + ")");
	}

	public void onCaptured(EventEnvelope<PaymentCaptured> event) {
		PaymentCaptured payment = event.payload();
		progress(event, "payment " + payment.paymentId() + " captured: " + Compensations.format(payment.amount())
				+ " taken (" + payment.gatewayReference() + ")");
	}

	private void progress(EventEnvelope<?> event, String text) {
		this.transitions.apply(event.orderId(), (order) -> {
			order.recordProgress(text, this.clock.instant());
			return Optional.empty();
		}, Causation.causedBy(event));
	}

	public void onFailed(EventEnvelope<PaymentFailed> event) {
		PaymentFailed failure = event.payload();
		String reason = failure.reasonCode() + " (" + failure.reason() + ")";
		this.transitions.apply(failure.orderId(), (order) -> order.paymentFailed(reason, this.clock.instant()),
				Causation.causedBy(event));
	}

}

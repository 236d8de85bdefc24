package io.openoms.order.application;

import java.time.Clock;

import io.openoms.contracts.EventEnvelope;
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

	public void onFailed(EventEnvelope<PaymentFailed> event) {
		PaymentFailed failure = event.payload();
		String reason = failure.reasonCode() + " (" + failure.reason() + ")";
		this.transitions.apply(failure.orderId(), (order) -> order.paymentFailed(reason, this.clock.instant()),
				Causation.causedBy(event));
	}

}

package io.openoms.payment.messaging;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentRefunded;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import io.openoms.payment.application.PaymentEventPublisher;
import io.openoms.payment.domain.PaymentEvent;
import org.springframework.stereotype.Component;

/** Translates the payment's domain events into the published contracts. */
@Component
class OutboxPaymentEventPublisher implements PaymentEventPublisher {

	private final Outbox outbox;

	OutboxPaymentEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void publish(PaymentEvent event, Causation causation) {
		this.outbox.append(toContract(event), causation);
	}

	private static EventPayload toContract(PaymentEvent event) {
		if (event instanceof PaymentEvent.Succeeded succeeded) {
			return new PaymentSucceeded(succeeded.orderId(), succeeded.paymentId(), succeeded.amount(),
					succeeded.gatewayReference());
		}
		if (event instanceof PaymentEvent.Refunded refunded) {
			return new PaymentRefunded(refunded.orderId(), refunded.paymentId(), refunded.refundId(), refunded.amount(),
					refunded.gatewayReference(), refunded.reason());
		}
		PaymentEvent.Failed failed = (PaymentEvent.Failed) event;
		return new PaymentFailed(failed.orderId(), failed.paymentId(), failed.amount(), failed.code(), failed.reason());
	}

}

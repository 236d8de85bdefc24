package io.openoms.payment.messaging;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.payment.PaymentActionRequired;
import io.openoms.contracts.payment.PaymentAuthorizationCancelled;
import io.openoms.contracts.payment.PaymentAuthorized;
import io.openoms.contracts.payment.PaymentCaptured;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentRefunded;
import io.openoms.contracts.payment.PaymentSucceeded;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import io.openoms.payment.application.PaymentEventPublisher;
import io.openoms.payment.domain.PaymentEvent;
import org.springframework.stereotype.Component;

/**
 * Translates payment events into their contract records and appends them to the outbox.
 */
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
		if (event instanceof PaymentEvent.Succeeded e) {
			return new PaymentSucceeded(e.orderId(), e.paymentId(), e.amount(), e.gatewayReference());
		}
		if (event instanceof PaymentEvent.Authorized e) {
			return new PaymentAuthorized(e.orderId(), e.paymentId(), e.amount(), e.gatewayReference());
		}
		if (event instanceof PaymentEvent.ActionRequired e) {
			return new PaymentActionRequired(e.orderId(), e.paymentId(), e.amount(), e.gatewayReference());
		}
		if (event instanceof PaymentEvent.Failed e) {
			return new PaymentFailed(e.orderId(), e.paymentId(), e.amount(), e.code(), e.reason());
		}
		if (event instanceof PaymentEvent.Captured e) {
			return new PaymentCaptured(e.orderId(), e.paymentId(), e.amount(), e.gatewayReference());
		}
		if (event instanceof PaymentEvent.AuthorizationCancelled e) {
			return new PaymentAuthorizationCancelled(e.orderId(), e.paymentId(), e.amount(), e.gatewayReference(),
					e.reason());
		}
		PaymentEvent.Refunded e = (PaymentEvent.Refunded) event;
		return new PaymentRefunded(e.orderId(), e.paymentId(), e.refundId(), e.amount(), e.gatewayReference(),
				e.reason(), e.trigger().name(), e.refundedSoFar());
	}

}

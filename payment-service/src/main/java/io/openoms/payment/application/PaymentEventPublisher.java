package io.openoms.payment.application;

import io.openoms.messaging.Causation;
import io.openoms.payment.domain.PaymentEvent;

/** Appends a payment's events to the outbox, in the caller's transaction. */
public interface PaymentEventPublisher {

	void publish(PaymentEvent event, Causation causation);

}

package io.openoms.contracts.payment;

import java.util.List;

import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;

/** The events payment-service publishes. */
public final class PaymentEvents {

	public static final EventType<PaymentSucceeded> SUCCEEDED = new EventType<>("PaymentSucceeded", 1,
			Topics.PAYMENT_EVENTS, PaymentSucceeded.class);

	public static final EventType<PaymentFailed> FAILED = new EventType<>("PaymentFailed", 1, Topics.PAYMENT_EVENTS,
			PaymentFailed.class);

	public static final EventType<PaymentRefunded> REFUNDED = new EventType<>("PaymentRefunded", 1,
			Topics.PAYMENT_EVENTS, PaymentRefunded.class);

	public static final List<EventType<?>> ALL = List.of(SUCCEEDED, FAILED, REFUNDED);

	private PaymentEvents() {
	}

}

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

	public static final EventType<PaymentRefunded> REFUNDED = new EventType<>("PaymentRefunded", 2,
			Topics.PAYMENT_EVENTS, PaymentRefunded.class);

	public static final EventType<PaymentAuthorized> AUTHORIZED = new EventType<>("PaymentAuthorized", 1,
			Topics.PAYMENT_EVENTS, PaymentAuthorized.class);

	public static final EventType<PaymentCaptured> CAPTURED = new EventType<>("PaymentCaptured", 1,
			Topics.PAYMENT_EVENTS, PaymentCaptured.class);

	public static final EventType<PaymentAuthorizationCancelled> AUTHORIZATION_CANCELLED = new EventType<>(
			"PaymentAuthorizationCancelled", 1, Topics.PAYMENT_EVENTS, PaymentAuthorizationCancelled.class);

	public static final EventType<PaymentActionRequired> ACTION_REQUIRED = new EventType<>("PaymentActionRequired", 1,
			Topics.PAYMENT_EVENTS, PaymentActionRequired.class);

	public static final List<EventType<?>> ALL = List.of(SUCCEEDED, FAILED, REFUNDED, AUTHORIZED, CAPTURED,
			AUTHORIZATION_CANCELLED, ACTION_REQUIRED);

	private PaymentEvents() {
	}

}

package io.openoms.payment.application;

import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;

/**
 * The payment service provider. A decline is an outcome; an exception means the gateway
 * could not be reached or answered nonsense, and the charge is retried with the same
 * idempotency key.
 */
public interface PaymentGateway {

	ChargeOutcome charge(ChargeRequest request);

}

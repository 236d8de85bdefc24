package io.openoms.payment.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads payments for operators and the reconciliation. */
@Component
public class FindPayments {

	private final Payments payments;

	private final GatewayAttempts attempts;

	FindPayments(Payments payments, GatewayAttempts attempts) {
		this.payments = payments;
		this.attempts = attempts;
	}

	@Transactional(readOnly = true)
	public List<Payment> ofOrder(UUID orderId) {
		return this.payments.findByOrderId(orderId);
	}

	@Transactional(readOnly = true)
	public Optional<Payment> byId(UUID paymentId) {
		return this.payments.find(paymentId);
	}

	/** Every call made to the gateway for the order, oldest first. */
	@Transactional(readOnly = true)
	public List<GatewayAttempt> attemptsOf(UUID orderId) {
		return this.attempts.ofOrder(orderId);
	}

	/**
	 * What the order's payments add up to.
	 * @throws NoPaymentsException if payment-service has no payment of the order (yet)
	 */
	@Transactional(readOnly = true)
	public PaymentSummary summaryOf(UUID orderId) {
		return PaymentSummary.of(orderId, this.payments.findByOrderId(orderId))
			.orElseThrow(() -> new NoPaymentsException(orderId));
	}

}

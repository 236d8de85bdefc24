package io.openoms.payment.application;

import java.util.List;
import java.util.UUID;

import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads payments for operators and the reconciliation. */
@Component
public class FindPayments {

	private final Payments payments;

	FindPayments(Payments payments) {
		this.payments = payments;
	}

	@Transactional(readOnly = true)
	public List<Payment> ofOrder(UUID orderId) {
		return this.payments.findByOrderId(orderId);
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

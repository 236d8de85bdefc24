package io.openoms.payment.application;

import java.util.List;
import java.util.UUID;

import io.openoms.payment.domain.Payment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads payments for operators. */
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

}

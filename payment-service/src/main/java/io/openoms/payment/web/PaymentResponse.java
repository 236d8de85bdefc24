package io.openoms.payment.web;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.domain.Payment;

/**
 * A payment as operators see it. A refund names the charge it gives back
 * ({@code refundOf}) and why ({@code reason}); both are {@code null} for a charge.
 */
record PaymentResponse(UUID id, UUID orderId, String kind, String status, Money amount, String paymentMethod,
		String gatewayReference, Failure failure, UUID refundOf, String reason, int attempts, Instant createdAt,
		Instant updatedAt) {

	static PaymentResponse of(Payment payment) {
		Payment.Snapshot p = payment.snapshot();
		return new PaymentResponse(p.id(), p.orderId(), p.kind().name(), p.status().name(), p.amount(),
				p.paymentMethod(), p.gatewayReference(),
				(p.failureCode() != null) ? new Failure(p.failureCode(), p.failureReason()) : null, p.refundOf(),
				p.refundReason(), p.attempts(), p.createdAt(), p.updatedAt());
	}

	record Failure(String code, String reason) {
	}

}

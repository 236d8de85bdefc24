package io.openoms.payment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.Payment;

/**
 * A payment as operators see it, with every call made to the gateway for it.
 *
 * @param captureMethod for a charge, AUTOMATIC or MANUAL (authorize-then-capture)
 * @param refunded for a charge, what went back so far
 * @param trigger for a refund, what started it: ORDER_CANCELLED, OPERATOR or GATEWAY
 */
record PaymentResponse(UUID id, UUID orderId, String kind, String status, Money amount, String paymentMethod,
		String captureMethod, Money refunded, String gatewayReference, Failure failure, UUID refundOf, String reason,
		String trigger, int attempts, List<Attempt> gatewayCalls, Instant createdAt, Instant updatedAt) {

	static PaymentResponse of(Payment payment, List<GatewayAttempt> attempts) {
		Payment.Snapshot p = payment.snapshot();
		return new PaymentResponse(p.id(), p.orderId(), p.kind().name(), p.status().name(), p.amount(),
				p.paymentMethod(), nameOf(p.captureMethod()), p.refunded(), p.gatewayReference(),
				(p.failureCode() != null) ? new Failure(p.failureCode(), p.failureReason()) : null, p.refundOf(),
				p.refundReason(), nameOf(p.refundTrigger()), p.attempts(),
				attempts.stream().filter((attempt) -> attempt.paymentId().equals(p.id())).map(Attempt::of).toList(),
				p.createdAt(), p.updatedAt());
	}

	private static String nameOf(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	record Failure(String code, String reason) {
	}

	/**
	 * One call to the gateway; {@code result} is null if its answer never arrived (the
	 * service stopped during the call).
	 */
	record Attempt(String operation, String idempotencyKey, Instant startedAt, Instant finishedAt, String result,
			String gatewayReference) {

		static Attempt of(GatewayAttempt attempt) {
			return new Attempt(attempt.operation().name(), attempt.idempotencyKey(), attempt.startedAt(),
					attempt.finishedAt(), attempt.result(), attempt.gatewayReference());
		}

	}

}

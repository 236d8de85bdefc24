package io.openoms.payment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * How much of an order's money payment-service holds: what its charge took, what went
 * back, and the difference. Pending and failed payments moved nothing and count as zero.
 *
 * @param orderId the order
 * @param charged what the order's charge took; a refunded charge still took it
 * @param refunded what its refunds gave back
 */
public record PaymentSummary(UUID orderId, Money charged, Money refunded) {

	/**
	 * Adds up an order's payments.
	 * @return empty if the order has no payment yet, so not even its currency is known
	 */
	public static Optional<PaymentSummary> of(UUID orderId, List<Payment> payments) {
		if (payments.isEmpty()) {
			return Optional.empty();
		}
		Money charged = Money.zero(payments.get(0).amount().currency());
		Money refunded = charged;
		for (Payment payment : payments) {
			if (!payment.orderId().equals(orderId)) {
				throw new IllegalArgumentException("payment " + payment.id() + " is not one of order " + orderId);
			}
			switch (payment.kind()) {
				case CHARGE -> {
					if (payment.status() == PaymentStatus.SUCCEEDED || payment.status() == PaymentStatus.REFUNDED) {
						charged = charged.plus(payment.amount());
					}
				}
				case REFUND -> {
					if (payment.status() == PaymentStatus.SUCCEEDED) {
						refunded = refunded.plus(payment.amount());
					}
				}
			}
		}
		return Optional.of(new PaymentSummary(orderId, charged, refunded));
	}

	/**
	 * What payment-service still holds of the order's money: zero for a cancelled order,
	 * the total for a completed one.
	 */
	public Money net() {
		return this.charged.minus(this.refunded);
	}

}

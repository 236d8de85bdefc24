package io.openoms.payment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * How much of an order's money payment-service holds: what its charge took or holds, what
 * went back, and the difference. Pending, failed and released payments moved nothing and
 * count as zero.
 *
 * @param orderId the order
 * @param charged what the order's charge took; a refunded charge still took it
 * @param authorized what the order's charge holds on the card and has not taken yet
 * @param refunded what its refunds gave back
 */
public record PaymentSummary(UUID orderId, Money charged, Money authorized, Money refunded) {

	/**
	 * Adds up an order's payments.
	 * @return empty if the order has no payment yet, so not even its currency is known
	 */
	public static Optional<PaymentSummary> of(UUID orderId, List<Payment> payments) {
		if (payments.isEmpty()) {
			return Optional.empty();
		}
		Money zero = Money.zero(payments.get(0).amount().currency());
		Money charged = zero;
		Money authorized = zero;
		Money refunded = zero;
		for (Payment payment : payments) {
			if (!payment.orderId().equals(orderId)) {
				throw new IllegalArgumentException("payment " + payment.id() + " is not one of order " + orderId);
			}
			PaymentStatus status = payment.status();
			switch (payment.kind()) {
				case CHARGE -> {
					if (status.holdsCapturedMoney() || status == PaymentStatus.REFUNDED) {
						charged = charged.plus(payment.amount());
					}
					else if (status == PaymentStatus.AUTHORIZED) {
						authorized = authorized.plus(payment.amount());
					}
				}
				case REFUND -> {
					if (status == PaymentStatus.SUCCEEDED) {
						refunded = refunded.plus(payment.amount());
					}
				}
			}
		}
		return Optional.of(new PaymentSummary(orderId, charged, authorized, refunded));
	}

	/**
	 * What payment-service took and still keeps of the order's money: zero for a
	 * cancelled order, the total (less any goodwill refunds) for a completed one.
	 */
	public Money net() {
		return this.charged.minus(this.refunded);
	}

}

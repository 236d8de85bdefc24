package io.openoms.payment.web;

import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.domain.PaymentSummary;

/**
 * What an order's payments add up to: taken, given back, and still held
 * ({@code net = charged - refunded}).
 */
record PaymentSummaryResponse(UUID orderId, Money charged, Money authorized, Money refunded, Money net) {

	static PaymentSummaryResponse of(PaymentSummary summary) {
		return new PaymentSummaryResponse(summary.orderId(), summary.charged(), summary.authorized(),
				summary.refunded(), summary.net());
	}

}

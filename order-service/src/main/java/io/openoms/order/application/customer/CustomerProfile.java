package io.openoms.order.application.customer;

import java.time.Instant;
import java.util.List;

import io.openoms.contracts.Money;
import io.openoms.order.domain.ShippingAddress;

/**
 * A customer as the API shows them.
 *
 * @param id the customer id orders carry
 * @param name the name of their latest order's shipping address
 * @param email their e-mail, null if never given
 * @param addresses the addresses they shipped to, most recently used first
 * @param totals their lifetime totals, one per currency
 * @param createdAt their first order
 */
public record CustomerProfile(String id, String name, String email, List<KnownAddress> addresses,
		List<LifetimeTotals> totals, Instant createdAt) {

	public record KnownAddress(ShippingAddress address, int timesUsed, Instant lastUsedAt) {
	}

	/**
	 * @param orders every order placed, any status
	 * @param completedOrders orders delivered
	 * @param spent the total of the completed orders
	 * @param open the total of orders on their way (not completed, not cancelled)
	 * @param refunded the total of orders cancelled after they were paid (payment-service
	 * refunds those in full)
	 */
	public record LifetimeTotals(String currency, long orders, long completedOrders, Money spent, Money open,
			Money refunded) {
	}

}

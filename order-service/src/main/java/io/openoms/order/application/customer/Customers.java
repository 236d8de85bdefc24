package io.openoms.order.application.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.openoms.order.domain.ShippingAddress;

/** Where customers, their addresses and what they bought are kept and read. */
public interface Customers {

	/**
	 * The customer placed an order: creates them or updates their name (from the shipping
	 * address), their e-mail (when given) and the address book.
	 */
	void recordOrder(String customerId, String email, ShippingAddress address, Instant at);

	Optional<CustomerProfile> profile(String customerId);

	/** The customer's orders, newest first, placed before {@code before} (null: any). */
	List<CustomerOrder> orders(String customerId, Instant before, int limit);

}

package io.openoms.order.application.customer;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads customers, their order history and lifetime totals for the API. */
@Component
public class FindCustomers {

	private final Customers customers;

	FindCustomers(Customers customers) {
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public CustomerProfile profile(String customerId) {
		return this.customers.profile(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
	}

	@Transactional(readOnly = true)
	public List<CustomerOrder> orders(String customerId, Instant before, int limit) {
		profile(customerId);
		return this.customers.orders(customerId, before, limit);
	}

}

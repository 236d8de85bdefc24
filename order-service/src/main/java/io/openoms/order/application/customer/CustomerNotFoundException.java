package io.openoms.order.application.customer;

/** No customer has the id. */
public class CustomerNotFoundException extends RuntimeException {

	public CustomerNotFoundException(String id) {
		super("no customer '" + id + "'");
	}

}

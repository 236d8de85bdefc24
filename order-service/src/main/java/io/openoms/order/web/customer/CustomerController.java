package io.openoms.order.web.customer;

import java.time.Instant;
import java.util.List;

import io.openoms.order.application.customer.CustomerOrder;
import io.openoms.order.application.customer.CustomerProfile;
import io.openoms.order.application.customer.FindCustomers;
import io.openoms.order.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers: their profile (addresses and lifetime totals) and their orders. A customer
 * exists once they placed an order.
 */
@RestController
@RequestMapping("/api/customers")
@Tag(name = OpenApiConfiguration.CUSTOMERS)
class CustomerController {

	private final FindCustomers customers;

	CustomerController(FindCustomers customers) {
		this.customers = customers;
	}

	@GetMapping("/{customerId}")
	@Operation(operationId = "getCustomer", summary = "Read a customer's profile",
			description = "Name, e-mail, address book and lifetime totals per currency (orders, completed, spent, "
					+ "open, refunded).")
	@ApiResponse(responseCode = "200", description = "The profile")
	CustomerProfile profile(@PathVariable String customerId) {
		return this.customers.profile(customerId);
	}

	/**
	 * Newest first; page on with {@code before} = the {@code createdAt} of the last order
	 * of the previous page.
	 */
	@GetMapping("/{customerId}/orders")
	@Operation(operationId = "listCustomerOrders", summary = "List a customer's orders",
			description = "Newest first; page on with `before` = the `createdAt` of the previous page's last order.")
	@ApiResponse(responseCode = "200", description = "One page of the customer's orders")
	List<CustomerOrder> orders(@PathVariable String customerId, @RequestParam(required = false) Instant before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return this.customers.orders(customerId, before, limit);
	}

}

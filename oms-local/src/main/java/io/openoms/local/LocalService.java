package io.openoms.local;

import java.util.List;

/**
 * One of the services the local run starts.
 *
 * @param name the Maven module and artifact name
 * @param port its HTTP port
 * @param database the name of its own database
 */
record LocalService(String name, int port, String database) {

	static final List<LocalService> ALL = List.of(new LocalService("order-service", 8080, "orders"),
			new LocalService("payment-service", 8081, "payments"),
			new LocalService("inventory-service", 8082, "inventory"),
			new LocalService("shipping-service", 8083, "shipping"));

}

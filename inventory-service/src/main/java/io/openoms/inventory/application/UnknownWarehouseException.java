package io.openoms.inventory.application;

import java.util.List;

/** A warehouse code that names no warehouse. */
public class UnknownWarehouseException extends RuntimeException {

	private final String warehouse;

	public UnknownWarehouseException(String warehouse, List<String> known) {
		super("unknown warehouse '" + warehouse + "'; known warehouses: " + String.join(", ", known));
		this.warehouse = warehouse;
	}

	public String warehouse() {
		return this.warehouse;
	}

}

package io.openoms.inventory.application;

import java.util.List;

/** The warehouses stock can be kept in. */
public interface Warehouses {

	boolean exists(String code);

	List<String> codes();

}

package io.openoms.order.application.catalog;

/** A product with the SKU exists already: update it instead. */
public class ProductExistsException extends RuntimeException {

	public ProductExistsException(String sku) {
		super("a product with SKU '" + sku + "' exists already; update it with PUT");
	}

}

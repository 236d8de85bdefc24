package io.openoms.order.application.catalog;

/** No product has the SKU. */
public class ProductNotFoundException extends RuntimeException {

	public ProductNotFoundException(String sku) {
		super("no product with SKU '" + sku + "'");
	}

}

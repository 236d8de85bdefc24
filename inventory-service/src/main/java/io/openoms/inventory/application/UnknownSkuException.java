package io.openoms.inventory.application;

/** No warehouse has ever stocked the SKU. */
public class UnknownSkuException extends RuntimeException {

	private final String sku;

	public UnknownSkuException(String sku) {
		super("no warehouse stocks SKU '" + sku + "'; book a receipt to start stocking it");
		this.sku = sku;
	}

	public String sku() {
		return this.sku;
	}

}

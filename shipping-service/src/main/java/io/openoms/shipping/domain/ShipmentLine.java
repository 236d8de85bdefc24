package io.openoms.shipping.domain;

/**
 * Units of one product in the parcel.
 *
 * @param sku the product's stock keeping unit
 * @param quantity how many units, at least one
 */
public record ShipmentLine(String sku, int quantity) {

	public ShipmentLine {
		if (sku == null || sku.isBlank()) {
			throw new IllegalArgumentException("a shipment line needs a sku");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("a shipment line needs at least one unit of " + sku);
		}
	}

}

package io.openoms.contracts.inventory;

/**
 * Units of one SKU reserved for an order.
 *
 * @param sku the product
 * @param quantity units reserved
 */
public record AllocatedLine(String sku, int quantity) {
}

package io.openoms.inventory.application;

/**
 * Goods arrived in a warehouse.
 *
 * @param sku the product
 * @param warehouse the warehouse code
 * @param quantity units received, at least one
 * @param reference the delivery's reference, for example a purchase order number
 */
public record ReceiveStockCommand(String sku, String warehouse, int quantity, String reference) {
}

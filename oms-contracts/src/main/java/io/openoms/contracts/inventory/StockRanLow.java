package io.openoms.contracts.inventory;

/**
 * A SKU's available units (on hand minus reserved, over all warehouses) fell to its
 * low-stock threshold or below, but not to zero. Published once per crossing; it is
 * published again only after the SKU was above the threshold in between.
 *
 * @param sku the product
 * @param available units available to allocate now, over all warehouses
 * @param threshold the SKU's low-stock threshold
 */
public record StockRanLow(String sku, int available, int threshold) implements StockAlert {
}

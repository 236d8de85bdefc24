package io.openoms.contracts.inventory;

/**
 * A SKU has no unit left to allocate in any warehouse. Published once per crossing; it is
 * published again only after units were available in between.
 *
 * @param sku the product
 * @param backordered units of the SKU that waiting orders still need
 */
public record StockRanOut(String sku, int backordered) implements StockAlert {
}

package io.openoms.contracts.order;

import io.openoms.contracts.Money;

/**
 * One line of an order as priced by order-service.
 *
 * @param sku the product's stock keeping unit
 * @param quantity how many units, at least one
 * @param unitPrice the price of one unit
 */
public record OrderLine(String sku, int quantity, Money unitPrice) {
}

package io.openoms.contracts.inventory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * An event about a SKU's stock rather than an order, published on
 * {@link io.openoms.contracts.Topics#STOCK_ALERTS}. Every envelope is keyed by a UUID;
 * for a stock alert it is derived from the SKU ({@link #keyOf(String)}), so all alerts of
 * one SKU land on one partition, in order.
 */
public interface StockAlert extends EventPayload {

	/** The SKU the alert is about. */
	String sku();

	/** The alert's key: a name-based UUID of the SKU, not an order. */
	@Override
	default UUID orderId() {
		return keyOf(sku());
	}

	/**
	 * @param sku a SKU
	 * @return the key of the SKU's alerts: {@code UUID.nameUUIDFromBytes("sku:" + sku)}
	 */
	static UUID keyOf(String sku) {
		return UUID.nameUUIDFromBytes(("sku:" + sku).getBytes(StandardCharsets.UTF_8));
	}

}

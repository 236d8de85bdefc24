package io.openoms.inventory.application;

import io.openoms.messaging.Causation;

/** Announces stock alerts for purchasing or an ERP, in the caller's transaction. */
public interface StockAlertPublisher {

	void ranLow(String sku, int available, int threshold, Causation causation);

	void ranOut(String sku, int backordered, Causation causation);

}

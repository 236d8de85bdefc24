package io.openoms.inventory.messaging;

import io.openoms.contracts.inventory.StockRanLow;
import io.openoms.contracts.inventory.StockRanOut;
import io.openoms.inventory.application.StockAlertPublisher;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import org.springframework.stereotype.Component;

/** Stock alerts on {@code oms.inventory.stock-alerts}, through the outbox. */
@Component
class OutboxStockAlertPublisher implements StockAlertPublisher {

	private final Outbox outbox;

	OutboxStockAlertPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void ranLow(String sku, int available, int threshold, Causation causation) {
		this.outbox.append(new StockRanLow(sku, available, threshold), causation);
	}

	@Override
	public void ranOut(String sku, int backordered, Causation causation) {
		this.outbox.append(new StockRanOut(sku, backordered), causation);
	}

}

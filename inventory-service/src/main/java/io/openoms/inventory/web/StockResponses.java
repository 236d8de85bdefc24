package io.openoms.inventory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AvailableToPromise;
import io.openoms.inventory.domain.ExpectedReceipt;
import io.openoms.inventory.domain.ProductStock;

/** The answers of the stock API that are not levels or movements. */
final class StockResponses {

	private StockResponses() {
	}

	/** A product's stock record. */
	record ProductResponse(String sku, boolean backordersAllowed, int lowStockThreshold, String alertState) {

		static ProductResponse of(ProductStock product) {
			return new ProductResponse(product.sku(), product.backordersAllowed(), product.lowStockThreshold(),
					product.alertState().name());
		}

	}

	/** An expected receipt. */
	record ExpectedReceiptResponse(UUID id, String sku, String warehouse, int quantity, LocalDate expectedOn,
			String reference, boolean received) {

		static ExpectedReceiptResponse of(ExpectedReceipt receipt) {
			return new ExpectedReceiptResponse(receipt.id(), receipt.key().sku(), receipt.key().warehouse(),
					receipt.quantity(), receipt.expectedOn(), receipt.reference(), receipt.received());
		}

	}

	/** What can be promised of a SKU, from today on. */
	record AvailableToPromiseResponse(String sku, int availableNow, int backordered,
			List<AvailableToPromise.Promise> timeline) {

		static AvailableToPromiseResponse of(AvailableToPromise atp) {
			return new AvailableToPromiseResponse(atp.sku(), atp.availableNow(), atp.backordered(), atp.timeline());
		}

	}

	/** A waiting order, in queue order. */
	record BackorderResponse(UUID orderId, String priority, Instant placedAt, boolean partialAllowed,
			List<Line> waitingFor, List<Line> held, Instant expiresAt) {

		static BackorderResponse of(Allocation allocation) {
			return new BackorderResponse(allocation.orderId(), allocation.terms().priority().name(),
					allocation.terms().placedAt(), allocation.terms().partial(),
					allocation.remaining().stream().map((line) -> new Line(line.sku(), null, line.quantity())).toList(),
					allocation.lines()
						.stream()
						.map((line) -> new Line(line.sku(), line.warehouse(), line.quantity()))
						.toList(),
					allocation.expiresAt());
		}

		record Line(String sku, String warehouse, int quantity) {
		}

	}

}

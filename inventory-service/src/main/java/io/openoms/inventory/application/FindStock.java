package io.openoms.inventory.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.openoms.inventory.domain.Allocation;
import io.openoms.inventory.domain.AvailableToPromise;
import io.openoms.inventory.domain.ExpectedReceipt;
import io.openoms.inventory.domain.ProductStock;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What operators look at: levels, their history, what is expected and what waits. */
@Component
@Transactional(readOnly = true)
public class FindStock {

	private final StockLevels levels;

	private final StockMovements movements;

	private final Products products;

	private final Allocations allocations;

	private final ExpectedReceipts expectedReceipts;

	private final Clock clock;

	FindStock(StockLevels levels, StockMovements movements, Products products, Allocations allocations,
			ExpectedReceipts expectedReceipts, Clock clock) {
		this.levels = levels;
		this.movements = movements;
		this.products = products;
		this.allocations = allocations;
		this.expectedReceipts = expectedReceipts;
		this.clock = clock;
	}

	/** Every level, or the levels of one SKU; empty if there is none. */
	public List<StockLevel> levels(String skuOrNull) {
		return this.levels.all(skuOrNull);
	}

	/** The SKU's level in each warehouse that stocks it. */
	public List<StockLevel> ofSku(String sku) {
		List<StockLevel> levels = this.levels.all(sku);
		if (levels.isEmpty() && this.products.find(sku).isEmpty()) {
			throw new UnknownSkuException(sku);
		}
		return levels;
	}

	/** The product's stock settings. */
	public ProductStock product(String sku) {
		return this.products.find(sku).orElseGet(() -> {
			ofSku(sku);
			return ProductStock.firstSeen(sku);
		});
	}

	/** The SKU's movements in every warehouse, newest first. */
	public List<StockMovement> movementsOf(String sku, int limit) {
		ofSku(sku);
		return this.movements.latestOf(sku, limit);
	}

	/** The SKU's expected receipts. */
	public List<ExpectedReceipt> expectedReceiptsOf(String sku) {
		ofSku(sku);
		return this.expectedReceipts.of(sku);
	}

	/** What can be promised of the SKU from today on. */
	public AvailableToPromise availableToPromise(String sku) {
		List<StockLevel> levels = ofSku(sku);
		return AvailableToPromise.of(sku, LocalDate.now(this.clock.withZone(ZoneOffset.UTC)), levels,
				this.allocations.backorderedUnits(sku), this.expectedReceipts.of(sku));
	}

	/** The waiting orders, in the order they will be served. */
	public List<Allocation> backorders(int limit) {
		return this.allocations.waiting(limit);
	}

}

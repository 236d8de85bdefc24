package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;

import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Books goods into a warehouse: on hand goes up, and a RECEIPT movement says why. */
@Component
public class ReceiveStock {

	private final Warehouses warehouses;

	private final StockLevels levels;

	private final StockLedger ledger;

	private final Clock clock;

	ReceiveStock(Warehouses warehouses, StockLevels levels, StockLedger ledger, Clock clock) {
		this.warehouses = warehouses;
		this.levels = levels;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * @return the warehouse's level of the SKU after the receipt
	 */
	@Transactional
	public StockLevel receive(ReceiveStockCommand command) {
		if (!this.warehouses.exists(command.warehouse())) {
			throw new UnknownWarehouseException(command.warehouse(), this.warehouses.codes());
		}
		StockKey key = new StockKey(command.sku(), command.warehouse());
		this.levels.createIfAbsent(key);
		return this.ledger
			.post(List.of(StockMovement.receipt(key, command.quantity(), command.reference(), this.clock.instant())))
			.get(0);
	}

}

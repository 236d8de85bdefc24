package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books goods into a warehouse: on hand goes up, and a RECEIPT movement says why. An
 * expected receipt with the same reference is closed. Right after the commit, waiting
 * orders are served from the new units, in queue order.
 */
@Component
public class ReceiveStock {

	private final Warehouses warehouses;

	private final StockLevels levels;

	private final StockLedger ledger;

	private final ExpectedReceipts expectedReceipts;

	private final Clock clock;

	ReceiveStock(Warehouses warehouses, StockLevels levels, StockLedger ledger, ExpectedReceipts expectedReceipts,
			Clock clock) {
		this.warehouses = warehouses;
		this.levels = levels;
		this.ledger = ledger;
		this.expectedReceipts = expectedReceipts;
		this.clock = clock;
	}

	/**
	 * @return the warehouse's level of the SKU after the receipt
	 */
	@Transactional
	public StockLevel receive(ReceiveStockCommand command) {
		StockKey key = new StockKey(command.sku(), requireWarehouse(this.warehouses, command.warehouse()));
		this.levels.createIfAbsent(key);
		this.expectedReceipts.markReceived(key, command.reference());
		return this.ledger
			.post(List.of(StockMovement.receipt(key, command.quantity(), command.reference(), this.clock.instant())),
					Causation.newRequest(UUID.randomUUID()))
			.get(0);
	}

	static String requireWarehouse(Warehouses warehouses, String code) {
		if (!warehouses.exists(code)) {
			throw new UnknownWarehouseException(code, warehouses.codes());
		}
		return code;
	}

}

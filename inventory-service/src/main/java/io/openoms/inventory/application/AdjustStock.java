package io.openoms.inventory.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.openoms.inventory.domain.MovementType;
import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects on-hand units after a count, with a reason: an ADJUSTMENT movement, signed. It
 * may not take away units that are reserved for orders: release those first (cancel the
 * orders).
 */
@Component
public class AdjustStock {

	private final Warehouses warehouses;

	private final StockLevels levels;

	private final StockLedger ledger;

	private final Clock clock;

	AdjustStock(Warehouses warehouses, StockLevels levels, StockLedger ledger, Clock clock) {
		this.warehouses = warehouses;
		this.levels = levels;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * @return the warehouse's level of the SKU after the adjustment
	 * @throws AdjustmentRefusedException if it would leave fewer units on hand than are
	 * reserved
	 */
	@Transactional
	public StockLevel adjust(AdjustStockCommand command) {
		StockKey key = new StockKey(command.sku(), ReceiveStock.requireWarehouse(this.warehouses, command.warehouse()));
		this.levels.createIfAbsent(key);
		StockLevel level = this.levels.lock(List.of(key)).get(0);
		if (level.onHand() + (long) command.quantity() < level.reserved()) {
			throw new AdjustmentRefusedException(level, command.quantity());
		}
		return this.ledger.post(List.of(new StockMovement(MovementType.ADJUSTMENT, key, command.quantity(), null,
				command.reference(), command.reason(), this.clock.instant())), Causation.newRequest(UUID.randomUUID()))
			.get(0);
	}

	/**
	 * A correction of on-hand units.
	 *
	 * @param sku the product
	 * @param warehouse the warehouse code
	 * @param quantity signed units to add (positive) or take away (negative), never zero
	 * @param reason why, for example "stock count 2026-11-24: 2 damaged"
	 * @param reference an outside reference, may be null
	 */
	public record AdjustStockCommand(String sku, String warehouse, int quantity, String reason, String reference) {
	}

	/** An adjustment that would leave fewer units on hand than are reserved. */
	public static class AdjustmentRefusedException extends RuntimeException {

		AdjustmentRefusedException(StockLevel level, int quantity) {
			super("adjusting " + level.key() + " by " + quantity + " would leave " + (level.onHand() + quantity)
					+ " on hand for " + level.reserved() + " reserved; release or ship the reservations first");
		}

	}

}

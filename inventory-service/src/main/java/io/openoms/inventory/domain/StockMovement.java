package io.openoms.inventory.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of one stock level; stock movements are never changed or deleted.
 *
 * @param type what kind of change
 * @param key the stock level changed
 * @param quantity units moved, positive; for an {@link MovementType#ADJUSTMENT} a signed
 * correction of on-hand units, never zero
 * @param orderId the order the movement is for, null for receipts and adjustments
 * @param reference an outside reference: purchase order, shipment id; may be null
 * @param reason why, in words an operator understands; may be null
 * @param occurredAt when it happened
 */
public record StockMovement(MovementType type, StockKey key, int quantity, UUID orderId, String reference,
		String reason, Instant occurredAt) {

	public StockMovement {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(occurredAt, "occurredAt");
		if (quantity == 0 || (quantity < 0 && !type.allowsNegativeQuantity())) {
			throw new IllegalArgumentException(type + " of " + key + " needs a positive quantity, was " + quantity);
		}
	}

	public static StockMovement receipt(StockKey key, int quantity, String reference, Instant at) {
		return new StockMovement(MovementType.RECEIPT, key, quantity, null, reference, "goods received", at);
	}

	public String sku() {
		return this.key.sku();
	}

	public String warehouse() {
		return this.key.warehouse();
	}

}

package io.openoms.inventory.domain;

import java.util.List;
import java.util.Objects;

/**
 * Units of one SKU in one warehouse: {@code onHand} are physically there,
 * {@code reserved} of those are allocated to orders and not yet shipped, the rest are
 * {@link #available()}. Immutable: applying a movement returns the new level.
 *
 * @param key the SKU and warehouse
 * @param onHand units in the warehouse, never negative
 * @param reserved units allocated to orders, between zero and {@code onHand}
 */
public record StockLevel(StockKey key, int onHand, int reserved) {

	public StockLevel {
		Objects.requireNonNull(key, "key");
		if (onHand < 0 || reserved < 0 || reserved > onHand) {
			throw new StockLevelViolationException(
					key + " would have " + onHand + " on hand and " + reserved + " reserved: 0 <= reserved <= on hand");
		}
	}

	/** A level with nothing in it, before its first receipt. */
	public static StockLevel empty(StockKey key) {
		return new StockLevel(key, 0, 0);
	}

	/** The level the movements add up to, starting from nothing. */
	public static StockLevel rebuild(StockKey key, List<StockMovement> movements) {
		StockLevel level = empty(key);
		for (StockMovement movement : movements) {
			level = level.apply(movement);
		}
		return level;
	}

	public String sku() {
		return this.key.sku();
	}

	public String warehouse() {
		return this.key.warehouse();
	}

	/** Units that can still be allocated. */
	public int available() {
		return this.onHand - this.reserved;
	}

	public boolean canFill(int quantity) {
		return available() >= quantity;
	}

	public StockLevel apply(StockMovement movement) {
		if (!movement.key().equals(this.key)) {
			throw new IllegalArgumentException("movement of " + movement.key() + " applied to " + this.key);
		}
		return new StockLevel(this.key, Math.addExact(this.onHand, movement.type().onHandDelta(movement.quantity())),
				Math.addExact(this.reserved, movement.type().reservedDelta(movement.quantity())));
	}

}

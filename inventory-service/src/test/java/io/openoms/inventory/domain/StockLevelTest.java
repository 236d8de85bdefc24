package io.openoms.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockLevelTest {

	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private static final StockKey MUG = new StockKey("MUG-LOGO", "WH-BERLIN");

	@Test
	void availableIsOnHandMinusReserved() {
		assertThat(new StockLevel(MUG, 10, 3).available()).isEqualTo(7);
	}

	@Test
	void eachMovementChangesOnHandAndReservedAsItsTypeSays() {
		StockLevel level = new StockLevel(MUG, 10, 0);

		level = level.apply(movement(MovementType.ALLOCATION, 4));
		assertThat(level).isEqualTo(new StockLevel(MUG, 10, 4));
		level = level.apply(movement(MovementType.RELEASE, 1));
		assertThat(level).isEqualTo(new StockLevel(MUG, 10, 3));
		level = level.apply(movement(MovementType.SHIPMENT, 3));
		assertThat(level).isEqualTo(new StockLevel(MUG, 7, 0));
		level = level.apply(movement(MovementType.RECEIPT, 5));
		assertThat(level).isEqualTo(new StockLevel(MUG, 12, 0));
		level = level.apply(movement(MovementType.ADJUSTMENT, -2));
		assertThat(level).isEqualTo(new StockLevel(MUG, 10, 0));
		level = level.apply(movement(MovementType.RETURN, 3));
		assertThat(level).isEqualTo(new StockLevel(MUG, 13, 0));
	}

	@Test
	void levelIsRebuiltFromItsMovements() {
		List<StockMovement> history = List.of(StockMovement.receipt(MUG, 10, "PO-1", NOW),
				movement(MovementType.ALLOCATION, 4), movement(MovementType.SHIPMENT, 2),
				movement(MovementType.RELEASE, 1), movement(MovementType.RETURN, 2));

		assertThat(StockLevel.rebuild(MUG, history)).isEqualTo(new StockLevel(MUG, 10, 1));
	}

	@Test
	void reservingMoreThanOnHandBreaksTheInvariant() {
		assertThatThrownBy(() -> new StockLevel(MUG, 2, 2).apply(movement(MovementType.ALLOCATION, 1)))
			.isInstanceOf(StockLevelViolationException.class);
	}

	@Test
	void onlyAnAdjustmentMayHaveANegativeQuantity() {
		assertThatThrownBy(() -> movement(MovementType.RECEIPT, -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> movement(MovementType.ADJUSTMENT, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static StockMovement movement(MovementType type, int quantity) {
		return new StockMovement(type, MUG, quantity, UUID.randomUUID(), null, "test", NOW);
	}

}

package io.openoms.inventory.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;

/**
 * The one way stock levels change: lock the levels concerned, apply the movements to them
 * and record the movements, all in the caller's transaction. So the levels always equal
 * the sum of the movements. What follows from a change (stock alerts, filling waiting
 * orders) is left to {@link StockChanges}.
 */
@Component
class StockLedger {

	private final StockLevels levels;

	private final StockMovements movements;

	private final StockChanges changes;

	StockLedger(StockLevels levels, StockMovements movements, StockChanges changes) {
		this.levels = levels;
		this.movements = movements;
		this.changes = changes;
	}

	/**
	 * @return the changed levels, in {@link StockKey#LOCK_ORDER}
	 */
	List<StockLevel> post(List<StockMovement> movements, Causation causation) {
		if (movements.isEmpty()) {
			return List.of();
		}
		TreeSet<StockKey> keys = new TreeSet<>(StockKey.LOCK_ORDER);
		movements.forEach((movement) -> keys.add(movement.key()));
		Map<StockKey, StockLevel> locked = new LinkedHashMap<>();
		this.levels.lock(keys).forEach((level) -> locked.put(level.key(), level));
		Set<String> changed = new TreeSet<>();
		Set<String> gained = new TreeSet<>();
		for (StockMovement movement : movements) {
			StockLevel level = locked.get(movement.key());
			if (level == null) {
				throw new IllegalStateException("no stock level " + movement.key() + " to apply " + movement.type());
			}
			StockLevel after = level.apply(movement);
			locked.put(movement.key(), after);
			changed.add(movement.sku());
			if (after.available() > level.available()) {
				gained.add(movement.sku());
			}
		}
		List<StockLevel> changedLevels = new ArrayList<>(locked.values());
		this.levels.updateAll(changedLevels);
		this.movements.append(movements);
		this.changes.record(changed, gained, causation);
		return changedLevels;
	}

}

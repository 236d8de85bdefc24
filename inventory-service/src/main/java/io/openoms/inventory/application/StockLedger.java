package io.openoms.inventory.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.openoms.inventory.domain.StockKey;
import io.openoms.inventory.domain.StockLevel;
import io.openoms.inventory.domain.StockMovement;
import org.springframework.stereotype.Component;

/**
 * The one way stock levels change: lock the levels concerned, apply the movements to them
 * and record the movements, all in the caller's transaction. So the levels always equal
 * the sum of the movements.
 */
@Component
class StockLedger {

	private final StockLevels levels;

	private final StockMovements movements;

	StockLedger(StockLevels levels, StockMovements movements) {
		this.levels = levels;
		this.movements = movements;
	}

	/**
	 * @return the changed levels, in {@link StockKey#LOCK_ORDER}
	 */
	List<StockLevel> post(List<StockMovement> movements) {
		if (movements.isEmpty()) {
			return List.of();
		}
		TreeSet<StockKey> keys = new TreeSet<>(StockKey.LOCK_ORDER);
		movements.forEach((movement) -> keys.add(movement.key()));
		Map<StockKey, StockLevel> locked = new LinkedHashMap<>();
		this.levels.lock(keys).forEach((level) -> locked.put(level.key(), level));
		for (StockMovement movement : movements) {
			StockLevel level = locked.get(movement.key());
			if (level == null) {
				throw new IllegalStateException("no stock level " + movement.key() + " to apply " + movement.type());
			}
			locked.put(movement.key(), level.apply(movement));
		}
		List<StockLevel> changed = new ArrayList<>(locked.values());
		changed.forEach(this.levels::update);
		this.movements.append(movements);
		return changed;
	}

}

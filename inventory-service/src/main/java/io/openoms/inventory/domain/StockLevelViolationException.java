package io.openoms.inventory.domain;

/**
 * A change that would break a stock level's invariants: negative on-hand or reserved
 * units, or more reserved than on hand. It means a bug or a corrupt record, never a
 * business outcome: a lack of stock is a {@link AllocationDecision.Rejected}.
 */
public class StockLevelViolationException extends RuntimeException {

	public StockLevelViolationException(String message) {
		super(message);
	}

}

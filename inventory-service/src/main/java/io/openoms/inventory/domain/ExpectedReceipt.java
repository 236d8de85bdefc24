package io.openoms.inventory.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods announced by a supplier: they count for the available-to-promise from their date
 * on, until a receipt with the same reference books them in.
 *
 * @param id the expected receipt's id
 * @param key the SKU and the warehouse they will arrive in
 * @param quantity units expected, at least one
 * @param expectedOn the day they are expected
 * @param reference the supplier's reference, for example the purchase order; a receipt
 * with it closes this expected receipt
 * @param received whether the goods were received
 */
public record ExpectedReceipt(UUID id, StockKey key, int quantity, LocalDate expectedOn, String reference,
		boolean received) {

	public ExpectedReceipt {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(expectedOn, "expectedOn");
		StockKey.requireCode(reference, "reference");
		if (quantity < 1) {
			throw new IllegalArgumentException("an expected receipt brings at least one unit, was " + quantity);
		}
	}

}

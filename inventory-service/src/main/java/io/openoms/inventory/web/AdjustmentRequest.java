package io.openoms.inventory.web;

import io.openoms.inventory.application.AdjustStock;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A correction after a count: {@code {"warehouse":"WH-BERLIN","quantity":-2,"reason":"2
 * damaged in the count"}}.
 *
 * @param warehouse the warehouse code
 * @param quantity signed units: positive adds, negative takes away; never zero
 * @param reason why, required
 * @param reference an outside reference, for example the count's number; optional
 */
record AdjustmentRequest(@NotBlank(message = "must name the warehouse, for example WH-BERLIN") String warehouse,
		@NotNull(message = "must say how many units to add (positive) or take away (negative)") @Min(value = -1_000_000,
				message = "must be at least -1000000") @Max(value = 1_000_000,
						message = "must be at most 1000000") Integer quantity,
		@NotBlank(message = "must say why, for example 'stock count: 2 damaged'") @Size(max = 500,
				message = "must be at most 500 characters") String reason,
		@Size(max = 100, message = "must be at most 100 characters") String reference) {

	AdjustStock.AdjustStockCommand toCommand(String sku) {
		return new AdjustStock.AdjustStockCommand(sku, this.warehouse, this.quantity, this.reason, this.reference);
	}

}

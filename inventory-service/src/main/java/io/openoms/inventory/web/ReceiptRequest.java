package io.openoms.inventory.web;

import io.openoms.inventory.application.ReceiveStockCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Goods arrived: {@code {"warehouse":"WH-BERLIN","quantity":10,"reference":"PO-1"}}.
 *
 * @param warehouse the warehouse code
 * @param quantity units received
 * @param reference the delivery's reference, for example the purchase order
 */
record ReceiptRequest(@NotBlank(message = "must name the warehouse, for example WH-BERLIN") String warehouse,
		@NotNull(message = "must say how many units arrived") @Min(value = 1, message = "must be at least 1") @Max(
				value = 1_000_000, message = "must be at most 1000000 per receipt") Integer quantity,
		@NotBlank(message = "must reference the delivery, for example the purchase order number") @Size(max = 100,
				message = "must be at most 100 characters") String reference) {

	ReceiveStockCommand toCommand(String sku) {
		return new ReceiveStockCommand(sku, this.warehouse, this.quantity, this.reference);
	}

}

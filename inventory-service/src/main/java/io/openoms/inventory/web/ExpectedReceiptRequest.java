package io.openoms.inventory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Goods announced:
 * {@code {"warehouse":"WH-BERLIN","quantity":50,"expectedOn":"2026-12-01","reference":"PO-7"}}.
 *
 * @param warehouse where they will arrive
 * @param quantity units expected
 * @param expectedOn the day they are expected
 * @param reference the purchase order; a receipt with the same reference closes it
 */
record ExpectedReceiptRequest(@NotBlank(message = "must name the warehouse, for example WH-BERLIN") String warehouse,
		@NotNull(message = "must say how many units are expected") @Min(value = 1, message = "must be at least 1") @Max(
				value = 1_000_000, message = "must be at most 1000000") Integer quantity,
		@NotNull(message = "must be a date such as 2026-12-01") LocalDate expectedOn,
		@NotBlank(message = "must reference the delivery, for example the purchase order number") @Size(max = 100,
				message = "must be at most 100 characters") String reference) {
}

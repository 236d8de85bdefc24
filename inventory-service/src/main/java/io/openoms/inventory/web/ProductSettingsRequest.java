package io.openoms.inventory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A product's stock record: {@code {"backordersAllowed":true,"lowStockThreshold":5}}.
 *
 * @param backordersAllowed whether orders that did not choose wait for the product when
 * it is short
 * @param lowStockThreshold StockRanLow is raised when the available units fall to this or
 * below; 0 for none
 */
record ProductSettingsRequest(@NotNull(message = "must be true or false") Boolean backordersAllowed,
		@NotNull(message = "must say when to warn, 0 for never") @Min(value = 0, message = "must not be negative") @Max(
				value = 1_000_000, message = "must be at most 1000000") Integer lowStockThreshold) {
}

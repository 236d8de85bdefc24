package io.openoms.order.web.catalog;

import io.openoms.contracts.Money;
import io.openoms.order.domain.catalog.Product;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/catalog/products} ({@code sku} required) and {@code PUT
 * /api/catalog/products/{sku}} ({@code sku} omitted or equal to the path).
 * {@code listPriceMinor} is the unit price in minor units, tax included (ADR 0014).
 */
record ProductRequest(
		@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
				message = "letters, digits, '.', '_' and '-' only") String sku,
		@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description, @Size(max = 100) String category,
		@NotNull @PositiveOrZero @Max(1_000_000_000) Long listPriceMinor,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
		@Min(1) @Max(1_000_000) Integer weightGrams, Boolean active) {

	Product toProduct(String sku) {
		return new Product(sku, this.name.strip(), blankToNull(this.description), blankToNull(this.category),
				new Money(this.listPriceMinor, this.currency), this.weightGrams, !Boolean.FALSE.equals(this.active));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

package io.openoms.order;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The tax table of order-service (ADR 0014): catalog prices include tax, and each line's
 * tax is extracted at the rate of the order's destination.
 *
 * @param taxRates percent by destination country (ISO 3166-1 alpha-2), for example
 * {@code DE: 19}; at most two decimals
 * @param defaultTaxRate percent for every other country
 */
@Validated
@ConfigurationProperties("oms.order")
public record TaxProperties(
		@DefaultValue Map<String, @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal> taxRates,
		@DefaultValue("0") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal defaultTaxRate) {
}

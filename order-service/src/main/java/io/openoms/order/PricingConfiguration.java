package io.openoms.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.openoms.order.domain.pricing.TaxRates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tax table, from {@code oms.order.tax-rates} into the domain's {@link TaxRates}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaxProperties.class)
class PricingConfiguration {

	@Bean
	TaxRates taxRates(TaxProperties properties) {
		Map<String, Integer> rates = new HashMap<>();
		properties.taxRates()
			.forEach((country, percent) -> rates.put(country.toUpperCase(Locale.ROOT), basisPoints(percent)));
		return new TaxRates(rates, basisPoints(properties.defaultTaxRate()));
	}

	private static int basisPoints(BigDecimal percent) {
		return percent.movePointRight(2).intValueExact();
	}

}

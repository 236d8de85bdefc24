package io.openoms.order.domain.pricing;

import java.util.Map;

/**
 * The tax rate of each destination country, in hundredths of a percent (1900 is 19 %),
 * and the rate of every other country.
 */
public record TaxRates(Map<String, Integer> basisPointsByCountry, int defaultBasisPoints) {

	public TaxRates {
		basisPointsByCountry = Map.copyOf(basisPointsByCountry);
		basisPointsByCountry.values().forEach(TaxRates::check);
		check(defaultBasisPoints);
	}

	public int basisPointsFor(String country) {
		return this.basisPointsByCountry.getOrDefault(country, this.defaultBasisPoints);
	}

	private static void check(int basisPoints) {
		if (basisPoints < 0 || basisPoints > 10_000) {
			throw new IllegalArgumentException("a tax rate must be 0 % to 100 %, was " + basisPoints + " bp");
		}
	}

}

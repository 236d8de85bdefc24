package io.openoms.shipping.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.openoms.contracts.Money;

/**
 * The carriers' services, where they go, how heavy a parcel they take and what they cost;
 * and the rules that choose one for a parcel (ADR 0012):
 * <ol>
 * <li>the destination country gives the zone: {@code DOMESTIC} (the country the
 * warehouses ship from), {@code EU} (the other member states) or {@code WORLD};</li>
 * <li>only services that serve the zone and take the parcel's weight are candidates;</li>
 * <li>an EXPRESS order gets the cheapest EXPRESS candidate; any other order, or an
 * EXPRESS order no express service reaches, gets the cheapest STANDARD candidate;</li>
 * <li>no candidate at all: the parcel cannot be shipped.</li>
 * </ol>
 * A label costs the service's base price for the zone plus its price per started
 * kilogram.
 */
public final class RateCard {

	/** Where a parcel goes, seen from the warehouses. */
	public enum Zone {

		DOMESTIC, EU, WORLD

	}

	/** The heaviest parcel a parcel service takes; heavier goods go by freight. */
	public static final int PARCEL_LIMIT_GRAMS = 31_500;

	/** The heaviest consignment the freight services take. */
	public static final int FREIGHT_LIMIT_GRAMS = 1_000_000;

	private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
			"HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

	/**
	 * The services: carrier, level, lightest and heaviest parcel in grams, then base
	 * price and price per started kilogram (EUR cents) for DOMESTIC, EU and WORLD; -1
	 * where the service does not go.
	 */
	private static final List<Service> SERVICES = List.of(
			new Service("SIMPOST", ServiceLevel.STANDARD, 1, PARCEL_LIMIT_GRAMS, new long[] { 449, 899, 1599 },
					new long[] { 30, 90, 250 }),
			new Service("SIMPOST", ServiceLevel.EXPRESS, 1, PARCEL_LIMIT_GRAMS, new long[] { 999, 1999, -1 },
					new long[] { 50, 150, -1 }),
			new Service("SIMFREIGHT", ServiceLevel.STANDARD, PARCEL_LIMIT_GRAMS + 1, FREIGHT_LIMIT_GRAMS,
					new long[] { 3900, 7900, -1 }, new long[] { 20, 40, -1 }),
			new Service("SIMFREIGHT", ServiceLevel.EXPRESS, PARCEL_LIMIT_GRAMS + 1, FREIGHT_LIMIT_GRAMS,
					new long[] { 8900, -1, -1 }, new long[] { 40, -1, -1 }));

	private static final String CURRENCY = "EUR";

	private final String originCountry;

	/**
	 * @param originCountry ISO 3166-1 alpha-2 code of the country the warehouses ship
	 * from: parcels to it are DOMESTIC
	 */
	public RateCard(String originCountry) {
		this.originCountry = originCountry;
	}

	/** The names of every carrier on the card. */
	public static Set<String> carriers() {
		return Set.of("SIMPOST", "SIMFREIGHT");
	}

	public Zone zoneOf(String country) {
		if (this.originCountry.equals(country)) {
			return Zone.DOMESTIC;
		}
		return EU.contains(country) ? Zone.EU : Zone.WORLD;
	}

	/**
	 * Chooses the service for a parcel.
	 * @param country the destination, ISO 3166-1 alpha-2
	 * @param weightGrams what the parcel weighs
	 * @param wanted EXPRESS for an express order, STANDARD otherwise
	 * @return the chosen service with its cost, or why there is none
	 */
	public CarrierChoice choose(String country, int weightGrams, ServiceLevel wanted) {
		Zone zone = zoneOf(country);
		String parcel = kilograms(weightGrams) + " kg to " + country + " (" + zone + ")";
		Optional<Service> wantedService = cheapest(zone, weightGrams, wanted);
		if (wantedService.isPresent()) {
			Service service = wantedService.get();
			return service.chosen(zone, weightGrams, service.carrier + " " + wanted + " for " + parcel
					+ ((wanted == ServiceLevel.EXPRESS) ? ": an express order" : ""));
		}
		Optional<Service> standard = cheapest(zone, weightGrams, ServiceLevel.STANDARD);
		if (wanted == ServiceLevel.EXPRESS && standard.isPresent()) {
			Service service = standard.get();
			return service.chosen(zone, weightGrams, service.carrier + " STANDARD for " + parcel
					+ ": an express order, but no express service takes it");
		}
		return new CarrierChoice.Unavailable("no carrier service takes " + parcel);
	}

	private static Optional<Service> cheapest(Zone zone, int weightGrams, ServiceLevel level) {
		return SERVICES.stream()
			.filter((service) -> service.level == level && service.takes(zone, weightGrams))
			.min(Comparator.comparingLong((Service service) -> service.price(zone, weightGrams)));
	}

	static String kilograms(int grams) {
		return String.format(Locale.ROOT, "%.2f", grams / 1000.0);
	}

	private record Service(String carrier, ServiceLevel level, int minGrams, int maxGrams, long[] base,
			long[] perStartedKg) {

		boolean takes(Zone zone, int weightGrams) {
			return this.base[zone.ordinal()] >= 0 && weightGrams >= this.minGrams && weightGrams <= this.maxGrams;
		}

		long price(Zone zone, int weightGrams) {
			long startedKilograms = (weightGrams + 999) / 1000;
			return this.base[zone.ordinal()] + this.perStartedKg[zone.ordinal()] * startedKilograms;
		}

		CarrierChoice.Chosen chosen(Zone zone, int weightGrams, String reason) {
			return new CarrierChoice.Chosen(this.carrier, this.level, new Money(price(zone, weightGrams), CURRENCY),
					reason);
		}

	}

}

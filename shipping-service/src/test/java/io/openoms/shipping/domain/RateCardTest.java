package io.openoms.shipping.domain;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;

import static org.assertj.core.api.Assertions.assertThat;

class RateCardTest {

	private final RateCard rateCard = new RateCard("DE");

	@Test
	void destinationGivesTheZone() {
		assertThat(this.rateCard.zoneOf("DE")).isEqualTo(RateCard.Zone.DOMESTIC);
		assertThat(this.rateCard.zoneOf("FR")).isEqualTo(RateCard.Zone.EU);
		assertThat(this.rateCard.zoneOf("US")).isEqualTo(RateCard.Zone.WORLD);
		assertThat(new RateCard("FR").zoneOf("DE")).isEqualTo(RateCard.Zone.EU);
	}

	@Test
	void standardOrderGoesByTheCheapestStandardParcelServiceWithBasePlusStartedKilograms() {
		assertThat(this.rateCard.choose("DE", 900, ServiceLevel.STANDARD)).isEqualTo(new CarrierChoice.Chosen("SIMPOST",
				ServiceLevel.STANDARD, new Money(449 + 30, "EUR"), "SIMPOST STANDARD for 0.90 kg to DE (DOMESTIC)"));
		assertThat(this.rateCard.choose("FR", 2001, ServiceLevel.STANDARD))
			.isEqualTo(new CarrierChoice.Chosen("SIMPOST", ServiceLevel.STANDARD, new Money(899 + 3 * 90, "EUR"),
					"SIMPOST STANDARD for 2.00 kg to FR (EU)"));
	}

	@Test
	void expressOrderGetsAnExpressService() {
		CarrierChoice choice = this.rateCard.choose("DE", 900, ServiceLevel.EXPRESS);

		assertThat(choice).isEqualTo(new CarrierChoice.Chosen("SIMPOST", ServiceLevel.EXPRESS,
				new Money(999 + 50, "EUR"), "SIMPOST EXPRESS for 0.90 kg to DE (DOMESTIC): an express order"));
	}

	@Test
	void expressOrderNoExpressServiceReachesGoesStandardAndSaysWhy() {
		CarrierChoice choice = this.rateCard.choose("US", 900, ServiceLevel.EXPRESS);

		assertThat(choice).isInstanceOfSatisfying(CarrierChoice.Chosen.class, (chosen) -> {
			assertThat(chosen.service()).isEqualTo(ServiceLevel.STANDARD);
			assertThat(chosen.reason()).isEqualTo(
					"SIMPOST STANDARD for 0.90 kg to US (WORLD): an express order, but no express service takes it");
		});
	}

	@Test
	void heavyParcelGoesByFreightUpToTheFreightLimit() {
		CarrierChoice atParcelLimit = this.rateCard.choose("DE", RateCard.PARCEL_LIMIT_GRAMS, ServiceLevel.STANDARD);
		CarrierChoice heavy = this.rateCard.choose("DE", RateCard.PARCEL_LIMIT_GRAMS + 1, ServiceLevel.STANDARD);
		CarrierChoice heavyExpress = this.rateCard.choose("DE", 65_000, ServiceLevel.EXPRESS);

		assertThat(((CarrierChoice.Chosen) atParcelLimit).carrier()).isEqualTo("SIMPOST");
		assertThat(heavy).isEqualTo(new CarrierChoice.Chosen("SIMFREIGHT", ServiceLevel.STANDARD,
				new Money(3900 + 32 * 20, "EUR"), "SIMFREIGHT STANDARD for 31.50 kg to DE (DOMESTIC)"));
		assertThat(heavyExpress)
			.isEqualTo(new CarrierChoice.Chosen("SIMFREIGHT", ServiceLevel.EXPRESS, new Money(8900 + 65 * 40, "EUR"),
					"SIMFREIGHT EXPRESS for 65.00 kg to DE (DOMESTIC): an express order"));
	}

	@Test
	void parcelNoServiceTakesCannotBeShipped() {
		assertThat(this.rateCard.choose("US", 40_000, ServiceLevel.STANDARD))
			.isEqualTo(new CarrierChoice.Unavailable("no carrier service takes 40.00 kg to US (WORLD)"));
		assertThat(this.rateCard.choose("DE", RateCard.FREIGHT_LIMIT_GRAMS + 1, ServiceLevel.STANDARD))
			.isInstanceOf(CarrierChoice.Unavailable.class);
	}

}

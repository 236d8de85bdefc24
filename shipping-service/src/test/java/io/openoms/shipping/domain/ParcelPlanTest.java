package io.openoms.shipping.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParcelPlanTest {

	@Test
	void allocationInOneWarehouseIsOneParcelWeighingItsUnits() {
		List<ParcelPlan.Parcel> parcels = ParcelPlan.split(
				List.of(new ParcelPlan.Units("MUG-LOGO", 2, null, 450), new ParcelPlan.Units("CAP-NAVY", 1, null, 150)),
				"WH-BERLIN");

		assertThat(parcels).containsExactly(new ParcelPlan.Parcel("WH-BERLIN",
				List.of(new ShipmentLine("MUG-LOGO", 2), new ShipmentLine("CAP-NAVY", 1)), 1050));
	}

	@Test
	void allocationAcrossWarehousesIsOneParcelPerWarehouseInOrderOfAppearance() {
		List<ParcelPlan.Parcel> parcels = ParcelPlan
			.split(List.of(new ParcelPlan.Units("MUG-LOGO", 2, "WH-BERLIN", 450),
					new ParcelPlan.Units("HOODIE-GREY-L", 1, "WH-HAMBURG", 650),
					new ParcelPlan.Units("CAP-NAVY", 3, null, 150)), "WH-BERLIN");

		assertThat(parcels).containsExactly(
				new ParcelPlan.Parcel("WH-BERLIN",
						List.of(new ShipmentLine("MUG-LOGO", 2), new ShipmentLine("CAP-NAVY", 3)), 1350),
				new ParcelPlan.Parcel("WH-HAMBURG", List.of(new ShipmentLine("HOODIE-GREY-L", 1)), 650));
	}

	@Test
	void unitOfUnknownWeightCountsOneKilogram() {
		assertThat(ParcelPlan.split(List.of(new ParcelPlan.Units("OLD-SKU", 3, null, null)), "WH-BERLIN")
			.get(0)
			.weightGrams()).isEqualTo(3 * ParcelPlan.UNKNOWN_UNIT_WEIGHT_GRAMS);
	}

	@Test
	void everyUnitNeedsAWarehouseAndThereMustBeUnits() {
		assertThatThrownBy(() -> ParcelPlan.split(List.of(new ParcelPlan.Units("MUG-LOGO", 1, null, 450)), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no warehouse");
		assertThatThrownBy(() -> ParcelPlan.split(List.of(), "WH-BERLIN")).isInstanceOf(IllegalArgumentException.class);
	}

}

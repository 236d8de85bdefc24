package io.openoms.inventory.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WholeOrderFromOneWarehouseTest {

	private final AllocationPolicy policy = new WholeOrderFromOneWarehouse();

	@Test
	void wholeOrderComesFromTheOneWarehouseThatHasEveryLine() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-BERLIN", 100, 0),
				level("CAP-NAVY", "WH-BERLIN", 100, 0), level("MUG-LOGO", "WH-MADRID", 500, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 2), line("CAP-NAVY", 1)), levels);

		assertThat(decision).isEqualTo(
				new AllocationDecision.Allocated("WH-BERLIN", List.of(line("MUG-LOGO", 2), line("CAP-NAVY", 1))));
	}

	@Test
	void warehouseWithTheMostAvailableUnitsOfTheOrderWins() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-BERLIN", 100, 0),
				level("CAP-NAVY", "WH-BERLIN", 100, 90), level("MUG-LOGO", "WH-MADRID", 60, 0),
				level("CAP-NAVY", "WH-MADRID", 60, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 1), line("CAP-NAVY", 1)), levels);

		// Berlin has 100 + 10 available, Madrid 60 + 60.
		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Allocated.class,
				(allocated) -> assertThat(allocated.warehouse()).isEqualTo("WH-MADRID"));
	}

	@Test
	void reservedUnitsDoNotCountAsAvailable() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-BERLIN", 100, 99),
				level("MUG-LOGO", "WH-MADRID", 5, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 3)), levels);

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Allocated.class,
				(allocated) -> assertThat(allocated.warehouse()).isEqualTo("WH-MADRID"));
	}

	@Test
	void tieGoesToTheSmallestWarehouseCodeWhateverTheOrderOfTheLevels() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-MADRID", 10, 0), level("MUG-LOGO", "WH-BERLIN", 10, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 1)), levels);

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Allocated.class,
				(allocated) -> assertThat(allocated.warehouse()).isEqualTo("WH-BERLIN"));
	}

	@Test
	void exactlyTheAvailableQuantityCanBeAllocated() {
		AllocationDecision decision = this.policy.decide(request(line("POSTER-LIMITED", 5)),
				List.of(level("POSTER-LIMITED", "WH-BERLIN", 5, 0)));

		assertThat(decision).isInstanceOf(AllocationDecision.Allocated.class);
	}

	@Test
	void orderLargerThanAnyWarehouseIsRejectedNamingTheShortSkus() {
		List<StockLevel> levels = List.of(level("POSTER-LIMITED", "WH-BERLIN", 5, 2),
				level("MUG-LOGO", "WH-BERLIN", 100, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 1), line("POSTER-LIMITED", 4)),
				levels);

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Rejected.class, (rejected) -> {
			assertThat(rejected.reason()).isEqualTo(RejectionReason.INSUFFICIENT_STOCK);
			assertThat(rejected.shortSkus()).containsExactly("POSTER-LIMITED");
			assertThat(rejected.describe()).isEqualTo("not enough stock for: POSTER-LIMITED");
		});
	}

	@Test
	void stockSpreadOverWarehousesDoesNotAddUp() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-BERLIN", 3, 0), level("MUG-LOGO", "WH-MADRID", 3, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 5)), levels);

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Rejected.class,
				(rejected) -> assertThat(rejected.shortSkus()).containsExactly("MUG-LOGO"));
	}

	@Test
	void unknownSkuIsRejectedAndNamedWithTheOtherShortSkus() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-BERLIN", 1, 0));

		AllocationDecision decision = this.policy
			.decide(request(line("NO-SUCH-SKU", 1), line("MUG-LOGO", 2), line("CAP-NAVY", 1)), levels);

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Rejected.class, (rejected) -> {
			assertThat(rejected.reason()).isEqualTo(RejectionReason.UNKNOWN_SKU);
			assertThat(rejected.unknownSkus()).containsExactly("CAP-NAVY", "NO-SUCH-SKU");
			assertThat(rejected.insufficientSkus()).containsExactly("MUG-LOGO");
			assertThat(rejected.shortSkus()).containsExactly("CAP-NAVY", "MUG-LOGO", "NO-SUCH-SKU");
		});
	}

	@Test
	void linesEachAvailableSomewhereButNotTogetherAreRejectedAsNeedingASplit() {
		List<StockLevel> levels = List.of(level("MUG-LOGO", "WH-BERLIN", 10, 0), level("CAP-NAVY", "WH-MADRID", 10, 0));

		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 1), line("CAP-NAVY", 1)), levels);

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Rejected.class, (rejected) -> {
			assertThat(rejected.reason()).isEqualTo(RejectionReason.NO_SINGLE_WAREHOUSE);
			assertThat(rejected.shortSkus()).isEmpty();
		});
	}

	@Test
	void linesOfTheSameSkuAreAllocatedTogether() {
		AllocationDecision decision = this.policy.decide(request(line("MUG-LOGO", 3), line("MUG-LOGO", 3)),
				List.of(level("MUG-LOGO", "WH-BERLIN", 5, 0)));

		assertThat(decision).isInstanceOfSatisfying(AllocationDecision.Rejected.class,
				(rejected) -> assertThat(rejected.insufficientSkus()).containsExactly("MUG-LOGO"));
	}

	private static AllocationRequest request(RequestedLine... lines) {
		return new AllocationRequest(UUID.randomUUID(), List.of(lines));
	}

	private static RequestedLine line(String sku, int quantity) {
		return new RequestedLine(sku, quantity);
	}

	private static StockLevel level(String sku, String warehouse, int onHand, int reserved) {
		return new StockLevel(new StockKey(sku, warehouse), onHand, reserved);
	}

}

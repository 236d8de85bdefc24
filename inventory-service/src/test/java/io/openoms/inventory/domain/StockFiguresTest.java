package io.openoms.inventory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Available-to-promise and the low-stock alert states. */
class StockFiguresTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

	@Test
	void availableToPromiseCountsReservationsBackordersAndExpectedReceiptsByDate() {
		List<StockLevel> levels = List.of(new StockLevel(new StockKey("MUG", "WH-BERLIN"), 10, 4),
				new StockLevel(new StockKey("MUG", "WH-MADRID"), 5, 0));
		List<ExpectedReceipt> receipts = List.of(receipt(20, TODAY.plusDays(7), false),
				receipt(5, TODAY.minusDays(1), false), receipt(100, TODAY.plusDays(1), true),
				receipt(30, TODAY.plusDays(14), false));

		AvailableToPromise atp = AvailableToPromise.of("MUG", TODAY, levels, 15, receipts);

		assertThat(atp.availableNow()).isEqualTo(11);
		assertThat(atp.backordered()).isEqualTo(15);
		assertThat(atp.timeline()).containsExactly(new AvailableToPromise.Promise(TODAY, 5, 1),
				new AvailableToPromise.Promise(TODAY.plusDays(7), 20, 21),
				new AvailableToPromise.Promise(TODAY.plusDays(14), 30, 51));
		assertThat(atp.on(TODAY.plusDays(3))).isEqualTo(1);
		assertThat(atp.on(TODAY.plusDays(10))).isEqualTo(21);
	}

	@Test
	void alertIsRaisedOnlyWhenTheStockGetsWorse() {
		assertThat(StockAlertState.of(10, 2)).isEqualTo(StockAlertState.NORMAL);
		assertThat(StockAlertState.of(2, 2)).isEqualTo(StockAlertState.LOW);
		assertThat(StockAlertState.of(0, 2)).isEqualTo(StockAlertState.OUT);
		assertThat(StockAlertState.of(1, 0)).isEqualTo(StockAlertState.NORMAL);
		assertThat(StockAlertState.NORMAL.raisesAlertWhenMovingTo(StockAlertState.LOW)).isTrue();
		assertThat(StockAlertState.LOW.raisesAlertWhenMovingTo(StockAlertState.OUT)).isTrue();
		assertThat(StockAlertState.OUT.raisesAlertWhenMovingTo(StockAlertState.LOW)).isFalse();
	}

	private static ExpectedReceipt receipt(int quantity, LocalDate on, boolean received) {
		return new ExpectedReceipt(UUID.randomUUID(), new StockKey("MUG", "WH-BERLIN"), quantity, on, "PO-1", received);
	}

}

package io.openoms.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AllocationTest {

	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private static final UUID ORDER = UUID.randomUUID();

	private static final AllocationRequest REQUEST = new AllocationRequest(ORDER,
			List.of(new RequestedLine("MUG-LOGO", 2), new RequestedLine("CAP-NAVY", 1)));

	private final Allocation.Decided decided = Allocation.decide(UUID.randomUUID(), REQUEST,
			new AllocationDecision.Allocated("WH-BERLIN",
					List.of(new RequestedLine("MUG-LOGO", 2), new RequestedLine("CAP-NAVY", 1))),
			NOW);

	private final Allocation allocation = this.decided.allocation();

	@Test
	void allocatedDecisionReservesEachLineInTheWarehouse() {
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.ALLOCATED);
		assertThat(this.allocation.warehouse()).contains("WH-BERLIN");
		assertThat(this.decided.movements())
			.extracting(StockMovement::type, StockMovement::key, StockMovement::quantity, StockMovement::orderId)
			.containsExactly(tuple(MovementType.ALLOCATION, new StockKey("MUG-LOGO", "WH-BERLIN"), 2, ORDER),
					tuple(MovementType.ALLOCATION, new StockKey("CAP-NAVY", "WH-BERLIN"), 1, ORDER));
	}

	@Test
	void rejectedDecisionReservesNothingAndKeepsTheReason() {
		AllocationDecision.Rejected rejected = new AllocationDecision.Rejected(RejectionReason.INSUFFICIENT_STOCK,
				List.of(), List.of("POSTER-LIMITED"));

		Allocation.Decided decision = Allocation.decide(UUID.randomUUID(), REQUEST, rejected, NOW);

		assertThat(decision.allocation().status()).isEqualTo(AllocationStatus.REJECTED);
		assertThat(decision.allocation().rejection()).contains(rejected);
		assertThat(decision.allocation().warehouse()).isEmpty();
		assertThat(decision.movements()).isEmpty();
	}

	@Test
	void shippingTakesTheReservedUnitsOutOnceOnly() {
		List<StockMovement> first = this.allocation.ship("shipment-1", NOW);
		List<StockMovement> again = this.allocation.ship("shipment-1", NOW);

		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.SHIPPED);
		assertThat(first).extracting(StockMovement::type).containsOnly(MovementType.SHIPMENT).hasSize(2);
		assertThat(first).extracting(StockMovement::reference).containsOnly("shipment-1");
		assertThat(again).isEmpty();
	}

	@Test
	void releasingGivesTheReservationBackOnceOnly() {
		List<StockMovement> first = this.allocation.release("order cancelled", NOW);
		List<StockMovement> again = this.allocation.release("order cancelled", NOW);

		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.RELEASED);
		assertThat(first).extracting(StockMovement::type).containsOnly(MovementType.RELEASE).hasSize(2);
		assertThat(again).isEmpty();
	}

	@Test
	void shippedAllocationIsNotReleased() {
		this.allocation.ship("shipment-1", NOW);

		assertThat(this.allocation.release("too late", NOW)).isEmpty();
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.SHIPPED);
	}

	@Test
	void releasedAllocationCannotBeShipped() {
		this.allocation.release("order cancelled", NOW);

		assertThatThrownBy(() -> this.allocation.ship("shipment-1", NOW))
			.isInstanceOf(IllegalAllocationTransitionException.class)
			.hasMessageContaining("RELEASED to SHIPPED");
	}

	@Test
	void shippedUnitsAreTakenBackOnHandOnceOnly() {
		this.allocation.ship("shipment-1", NOW);

		List<StockMovement> first = this.allocation.takeBack("parcel returned", NOW);
		List<StockMovement> again = this.allocation.takeBack("parcel returned", NOW);

		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.RETURNED);
		assertThat(first)
			.extracting(StockMovement::type, StockMovement::key, StockMovement::quantity, StockMovement::reason)
			.containsExactly(tuple(MovementType.RETURN, new StockKey("MUG-LOGO", "WH-BERLIN"), 2, "parcel returned"),
					tuple(MovementType.RETURN, new StockKey("CAP-NAVY", "WH-BERLIN"), 1, "parcel returned"));
		assertThat(again).isEmpty();
	}

	@Test
	void unitsThatNeverShippedCannotBeTakenBack() {
		assertThatThrownBy(() -> this.allocation.takeBack("parcel returned", NOW))
			.isInstanceOf(IllegalAllocationTransitionException.class)
			.hasMessageContaining("ALLOCATED to RETURNED");
	}

	@Test
	void returnedAllocationIsNeitherShippedNorReleasedAgain() {
		this.allocation.ship("shipment-1", NOW);
		this.allocation.takeBack("parcel returned", NOW);

		assertThat(this.allocation.ship("shipment-1", NOW)).isEmpty();
		assertThat(this.allocation.release("order cancelled", NOW)).isEmpty();
		assertThat(this.allocation.cancel(true, "parcel returned", NOW)).isEmpty();
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.RETURNED);
	}

	@Test
	void cancellingBeforeShipmentReleasesTheReservation() {
		assertThat(this.allocation.cancel(false, "order cancelled", NOW)).extracting(StockMovement::type)
			.containsOnly(MovementType.RELEASE);
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.RELEASED);
		assertThat(this.allocation.cancel(false, "order cancelled", NOW)).isEmpty();
	}

	@Test
	void cancellingAfterShipmentTakesTheReturnedUnitsBack() {
		this.allocation.ship("shipment-1", NOW);

		assertThat(this.allocation.cancel(true, "parcel returned", NOW)).extracting(StockMovement::type)
			.containsOnly(MovementType.RETURN);
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.RETURNED);
	}

	@Test
	void cancellingAfterShipmentThatWasNeverBookedOutReleasesTheReservation() {
		assertThat(this.allocation.cancel(true, "parcel returned", NOW)).extracting(StockMovement::type)
			.containsOnly(MovementType.RELEASE);
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.RELEASED);
	}

	@Test
	void cancellingAShippedOrderThatWasNotReturnedChangesNothing() {
		this.allocation.ship("shipment-1", NOW);

		assertThat(this.allocation.cancel(false, "order cancelled", NOW)).isEmpty();
		assertThat(this.allocation.status()).isEqualTo(AllocationStatus.SHIPPED);
	}

	@Test
	void cancellingARejectedAllocationChangesNothing() {
		Allocation rejected = Allocation
			.decide(UUID.randomUUID(), REQUEST,
					new AllocationDecision.Rejected(RejectionReason.UNKNOWN_SKU, List.of("X"), List.of()), NOW)
			.allocation();

		assertThat(rejected.cancel(false, "order cancelled", NOW)).isEmpty();
		assertThat(rejected.cancel(true, "parcel returned", NOW)).isEmpty();
		assertThat(rejected.status()).isEqualTo(AllocationStatus.REJECTED);
	}

	@Test
	void rejectedAllocationCannotBeShipped() {
		Allocation rejected = Allocation
			.decide(UUID.randomUUID(), REQUEST,
					new AllocationDecision.Rejected(RejectionReason.UNKNOWN_SKU, List.of("X"), List.of()), NOW)
			.allocation();

		assertThatThrownBy(() -> rejected.ship("shipment-1", NOW))
			.isInstanceOf(IllegalAllocationTransitionException.class);
	}

}

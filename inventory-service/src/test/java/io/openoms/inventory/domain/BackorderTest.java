package io.openoms.inventory.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A waiting order's life: backordered, filled (whole or line by line), expired, released.
 */
class BackorderTest {

	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

	private static final AllocationDecision.Rejected SHORT = new AllocationDecision.Rejected(
			RejectionReason.INSUFFICIENT_STOCK, List.of(), List.of("POSTER"));

	private final WholeOrderFromOneWarehouse policy = new WholeOrderFromOneWarehouse();

	@Test
	void waitingOrderHoldsNothingAndIsAllocatedWhenFilledWhole() {
		AllocationRequest request = request(false, new RequestedLine("POSTER", 6), new RequestedLine("MUG", 1));
		Allocation.Decided decided = Allocation.backorder(UUID.randomUUID(), request, SHORT, Optional.empty(), EXPIRES,
				NOW);
		Allocation allocation = decided.allocation();

		assertThat(allocation.status()).isEqualTo(AllocationStatus.BACKORDERED);
		assertThat(decided.movements()).isEmpty();
		assertThat(allocation.remaining()).hasSize(2);

		List<StockMovement> movements = allocation
			.fill(new AllocationDecision.Allocated("WH-BERLIN", allocation.remaining()), NOW.plusSeconds(60));

		assertThat(allocation.status()).isEqualTo(AllocationStatus.ALLOCATED);
		assertThat(allocation.warehouse()).contains("WH-BERLIN");
		assertThat(movements).extracting(StockMovement::type, StockMovement::sku, StockMovement::quantity)
			.containsExactlyInAnyOrder(tuple(MovementType.ALLOCATION, "POSTER", 6),
					tuple(MovementType.ALLOCATION, "MUG", 1));
	}

	@Test
	void partialOrderHoldsWhatFitsAndCompletesFromTheSameWarehouse() {
		AllocationRequest request = request(true, new RequestedLine("POSTER", 6), new RequestedLine("MUG", 1));
		Allocation.Decided decided = Allocation.backorder(UUID.randomUUID(), request, SHORT,
				Optional.of(new AllocationDecision.Allocated("WH-MADRID", List.of(new RequestedLine("MUG", 1)))),
				EXPIRES, NOW);
		Allocation allocation = decided.allocation();

		assertThat(decided.movements()).extracting(StockMovement::key)
			.containsExactly(new StockKey("MUG", "WH-MADRID"));
		assertThat(allocation.remaining()).containsExactly(new RequestedLine("POSTER", 6));
		assertThatThrownBy(() -> allocation
			.fill(new AllocationDecision.Allocated("WH-BERLIN", List.of(new RequestedLine("POSTER", 6))), NOW))
			.hasMessageContaining("holds stock in WH-MADRID");

		allocation.fill(new AllocationDecision.Allocated("WH-MADRID", List.of(new RequestedLine("POSTER", 6))), NOW);

		assertThat(allocation.status()).isEqualTo(AllocationStatus.ALLOCATED);
		assertThat(allocation.lines()).hasSize(2);
	}

	@Test
	void orderThatDoesNotAllowPartialAllocationCannotHoldPartOfItsLines() {
		AllocationRequest request = request(false, new RequestedLine("POSTER", 6), new RequestedLine("MUG", 1));

		assertThatThrownBy(() -> Allocation.backorder(UUID.randomUUID(), request, SHORT,
				Optional.of(new AllocationDecision.Allocated("WH-MADRID", List.of(new RequestedLine("MUG", 1)))),
				EXPIRES, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void expiredBackorderIsRejectedAndReleasesWhatItHeld() {
		AllocationRequest request = request(true, new RequestedLine("POSTER", 6), new RequestedLine("MUG", 1));
		Allocation allocation = Allocation
			.backorder(UUID.randomUUID(), request, SHORT,
					Optional.of(new AllocationDecision.Allocated("WH-MADRID", List.of(new RequestedLine("MUG", 1)))),
					EXPIRES, NOW)
			.allocation();

		assertThat(allocation.isOverdue(EXPIRES.minusSeconds(1))).isFalse();
		assertThat(allocation.isOverdue(EXPIRES)).isTrue();
		List<StockMovement> released = allocation.expire(EXPIRES);

		assertThat(allocation.status()).isEqualTo(AllocationStatus.EXPIRED);
		assertThat(allocation.rejection()).hasValueSatisfying((rejection) -> {
			assertThat(rejection.reason()).isEqualTo(RejectionReason.BACKORDER_EXPIRED);
			assertThat(rejection.shortSkus()).containsExactly("POSTER");
		});
		assertThat(released).extracting(StockMovement::type, StockMovement::sku)
			.containsExactly(tuple(MovementType.RELEASE, "MUG"));
		assertThat(allocation.expire(EXPIRES)).isEmpty();
	}

	@Test
	void cancelledBackorderStopsWaiting() {
		Allocation allocation = Allocation
			.backorder(UUID.randomUUID(), request(false, new RequestedLine("POSTER", 6)), SHORT, Optional.empty(),
					EXPIRES, NOW)
			.allocation();

		assertThat(allocation.cancel(false, "order cancelled", NOW)).isEmpty();
		assertThat(allocation.status()).isEqualTo(AllocationStatus.RELEASED);
		assertThatThrownBy(
				() -> allocation.fill(new AllocationDecision.Allocated("WH-BERLIN", allocation.remaining()), NOW))
			.isInstanceOf(IllegalAllocationTransitionException.class);
	}

	@Test
	void unknownSkusAreNeverBackordered() {
		assertThatThrownBy(() -> Allocation.backorder(UUID.randomUUID(), request(false, new RequestedLine("X", 1)),
				new AllocationDecision.Rejected(RejectionReason.UNKNOWN_SKU, List.of("X"), List.of()), Optional.empty(),
				EXPIRES, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void ordersChoiceWinsOverTheProductsDefault() {
		assertThat(new AllocationTerms(null, NOW, BackorderPolicy.WAIT, false).waitsForStock(false)).isTrue();
		assertThat(new AllocationTerms(null, NOW, BackorderPolicy.REJECT, false).waitsForStock(true)).isFalse();
		assertThat(new AllocationTerms(null, NOW, null, false).waitsForStock(true)).isTrue();
		assertThat(new AllocationTerms(null, NOW, null, false).waitsForStock(false)).isFalse();
	}

	@Test
	void queueServesExpressFirstThenTheOlderOrder() {
		AllocationRequest oldStandard = new AllocationRequest(UUID.randomUUID(), List.of(new RequestedLine("A", 1)),
				new AllocationTerms(OrderPriority.STANDARD, NOW, null, false));
		AllocationRequest newStandard = new AllocationRequest(UUID.randomUUID(), List.of(new RequestedLine("A", 1)),
				new AllocationTerms(OrderPriority.STANDARD, NOW.plusSeconds(1), null, false));
		AllocationRequest newExpress = new AllocationRequest(UUID.randomUUID(), List.of(new RequestedLine("A", 1)),
				new AllocationTerms(OrderPriority.EXPRESS, NOW.plusSeconds(2), null, false));

		assertThat(List.of(newStandard, oldStandard, newExpress).stream().sorted(AllocationTerms.QUEUE_ORDER))
			.containsExactly(newExpress, oldStandard, newStandard);
	}

	@Test
	void unitsClaimedByOrdersAheadAreNotTheNewOrdersToTake() {
		List<StockLevel> levels = List.of(new StockLevel(new StockKey("POSTER", "WH-BERLIN"), 4, 0),
				new StockLevel(new StockKey("POSTER", "WH-MADRID"), 3, 0));
		AllocationRequest request = request(false, new RequestedLine("POSTER", 3));

		assertThat(this.policy.decide(request, levels, Map.of())).isInstanceOf(AllocationDecision.Allocated.class);
		assertThat(this.policy.decide(request, levels, Map.of("POSTER", 4)))
			.isInstanceOf(AllocationDecision.Allocated.class);
		assertThat(this.policy.decide(request, levels, Map.of("POSTER", 5))).isEqualTo(
				new AllocationDecision.Rejected(RejectionReason.INSUFFICIENT_STOCK, List.of(), List.of("POSTER")));
	}

	@Test
	void partialFillTakesTheWarehouseThatFillsTheMostLines() {
		List<StockLevel> levels = List.of(new StockLevel(new StockKey("MUG", "WH-BERLIN"), 10, 0),
				new StockLevel(new StockKey("MUG", "WH-MADRID"), 10, 0),
				new StockLevel(new StockKey("CAP", "WH-MADRID"), 10, 0),
				new StockLevel(new StockKey("POSTER", "WH-BERLIN"), 1, 0));
		List<RequestedLine> lines = List.of(new RequestedLine("MUG", 1), new RequestedLine("CAP", 1),
				new RequestedLine("POSTER", 6));

		assertThat(this.policy.fillWhatFits(lines, null, levels, Map.of())).contains(new AllocationDecision.Allocated(
				"WH-MADRID", List.of(new RequestedLine("MUG", 1), new RequestedLine("CAP", 1))));
		assertThat(this.policy.fillWhatFits(lines, "WH-BERLIN", levels, Map.of()))
			.contains(new AllocationDecision.Allocated("WH-BERLIN", List.of(new RequestedLine("MUG", 1))));
		assertThat(this.policy.fillWhatFits(List.of(new RequestedLine("POSTER", 6)), null, levels, Map.of())).isEmpty();
	}

	private static AllocationRequest request(boolean partial, RequestedLine... lines) {
		return new AllocationRequest(UUID.randomUUID(), List.of(lines),
				new AllocationTerms(OrderPriority.STANDARD, NOW, BackorderPolicy.WAIT, partial));
	}

}

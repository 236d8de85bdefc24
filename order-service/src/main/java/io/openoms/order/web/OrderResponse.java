package io.openoms.order.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.ShippingAddress;
import io.openoms.order.domain.pricing.PriceBreakdown;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AccessMode;

/**
 * An order as the API shows it, with its full history and its price breakdown as placed
 * (null for orders placed before breakdowns were kept).
 */
@Schema(description = "An order as the server keeps it. Status, prices, discounts, tax and totals are the "
		+ "server's (read-only): no request can set them.")
record OrderResponse(@Schema(accessMode = AccessMode.READ_ONLY) UUID id, String customerId,
		@Schema(accessMode = AccessMode.READ_ONLY, allowableValues = {
				"CREATED", "PAID", "BACKORDERED", "ALLOCATED", "SHIPPED", "COMPLETED", "CANCELLED" }) String status,
		@Schema(accessMode = AccessMode.READ_ONLY, description = "Counts the order's transitions") int revision,
		List<Line> lines,
		@Schema(accessMode = AccessMode.READ_ONLY, description = "What the customer is charged") Money total,
		ShippingAddress shippingAddress, Shipment shipment, List<HistoryEntry> history, Instant createdAt,
		String priority, String backorder, boolean partialAllocation, String channel, String externalReference,
		OnHold hold,
		@Schema(accessMode = AccessMode.READ_ONLY,
				description = "The price breakdown as placed (list prices, discounts with their rules, tax); null "
						+ "for orders placed before breakdowns were kept") PriceBreakdown pricing){

	static OrderResponse of(Order order) {
		Order.Snapshot o = order.snapshot();
		return new OrderResponse(o.id(), o.customerId(), o.status().name(), order.revision(),
				o.lines()
					.stream()
					.map((line) -> new Line(line.sku(), line.quantity(), line.unitPrice(), line.lineTotal()))
					.toList(),
				o.total(), o.shippingAddress(),
				(o.shipmentId() != null) ? new Shipment(o.shipmentId(), o.carrier(), o.trackingNumber()) : null,
				history(o), o.createdAt(), order.fulfilment().priority().name(),
				(order.fulfilment().backorder() != null) ? order.fulfilment().backorder().name() : null,
				order.fulfilment().partialAllocation(), order.origin().channel(), order.origin().reference(),
				order.hold()
					.map((hold) -> new OnHold(hold.reason(), hold.since(),
							(hold.withheld() != null) ? hold.withheld().name() : null))
					.orElse(null),
				order.pricing().orElse(null));
	}

	/**
	 * The operator's hold, null when the order is not held.
	 *
	 * @param reason why
	 * @param since when
	 * @param withheld the transition whose news waits for the release (PAID or
	 * ALLOCATED), null while none does
	 */
	record OnHold(String reason, Instant since, String withheld) {
	}

	@Schema(name = "OrderLine")
	record Line(String sku, int quantity, @Schema(accessMode = AccessMode.READ_ONLY) Money unitPrice,
			@Schema(accessMode = AccessMode.READ_ONLY) Money lineTotal) {
	}

	record Shipment(UUID shipmentId, String carrier, String trackingNumber) {
	}

	/**
	 * The timeline: every transition (with its revision) and every note (a compensation,
	 * a late event), in the order they happened.
	 */
	private static List<HistoryEntry> history(Order.Snapshot order) {
		List<HistoryEntry> entries = new ArrayList<>();
		order.history()
			.forEach((change) -> entries.add(new HistoryEntry("TRANSITION", change.revision(),
					(change.from() != null) ? change.from().name() : null, change.to().name(), change.reason(),
					change.at())));
		order.notes()
			.forEach((note) -> entries.add(new HistoryEntry("NOTE", null, null, null, note.text(), note.at())));
		entries.sort(Comparator.comparing(HistoryEntry::at));
		return entries;
	}

	record HistoryEntry(String kind, Integer revision, String from, String to, String reason, Instant at) {
	}

}

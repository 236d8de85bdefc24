package io.openoms.inventory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one order needs reserved. Lines of the same SKU are merged, in the order they
 * first appear.
 *
 * @param orderId the order
 * @param lines at least one line, one per SKU
 * @param terms its priority, age and backorder choices
 */
public record AllocationRequest(UUID orderId, List<RequestedLine> lines,
		AllocationTerms terms) implements AllocationTerms.Queued {

	/** A standard order placed at the epoch (tests, and stock checks without a queue). */
	public AllocationRequest(UUID orderId, List<RequestedLine> lines) {
		this(orderId, lines, AllocationTerms.standard(java.time.Instant.EPOCH));
	}

	public AllocationRequest {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(terms, "terms");
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("order " + orderId + " has no lines to allocate");
		}
		lines = merged(orderId, lines);
	}

	public List<String> skus() {
		return this.lines.stream().map(RequestedLine::sku).toList();
	}

	private static List<RequestedLine> merged(UUID orderId, List<RequestedLine> lines) {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		for (RequestedLine line : lines) {
			if (line == null) {
				throw new IllegalArgumentException("order " + orderId + " has an empty line");
			}
			quantities.merge(line.sku(), line.quantity(), Math::addExact);
		}
		List<RequestedLine> merged = new ArrayList<>(quantities.size());
		quantities.forEach((sku, quantity) -> merged.add(new RequestedLine(sku, quantity)));
		return List.copyOf(merged);
	}

}

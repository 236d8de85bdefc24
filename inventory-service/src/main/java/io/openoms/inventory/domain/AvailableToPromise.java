package io.openoms.inventory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What can be promised of a SKU, and from when: the units available to allocate now (on
 * hand minus reserved, over all warehouses), minus the units waiting orders still need,
 * plus the expected receipts from their date on. The figure may be negative: that many
 * units are owed to waiting orders even after the receipts so far.
 *
 * @param sku the product
 * @param availableNow on hand minus reserved, over all warehouses
 * @param backordered units waiting orders still need
 * @param timeline from today, then one entry per day with expected receipts: the units
 * that can be promised from that day on
 */
public record AvailableToPromise(String sku, int availableNow, int backordered, List<Promise> timeline) {

	public AvailableToPromise {
		timeline = List.copyOf(timeline);
	}

	/**
	 * @param today the first day of the timeline; receipts expected earlier (late ones)
	 * count from today
	 * @param levels the SKU's levels
	 * @param backordered units waiting orders still need
	 * @param receipts the SKU's open expected receipts
	 */
	public static AvailableToPromise of(String sku, LocalDate today, Collection<StockLevel> levels, int backordered,
			Collection<ExpectedReceipt> receipts) {
		int available = levels.stream().mapToInt(StockLevel::available).sum();
		Map<LocalDate, Integer> incoming = new TreeMap<>();
		for (ExpectedReceipt receipt : receipts) {
			if (!receipt.received()) {
				LocalDate day = receipt.expectedOn().isBefore(today) ? today : receipt.expectedOn();
				incoming.merge(day, receipt.quantity(), Math::addExact);
			}
		}
		List<Promise> timeline = new ArrayList<>();
		int promisable = available - backordered;
		timeline.add(new Promise(today, incoming.getOrDefault(today, 0), promisable + incoming.getOrDefault(today, 0)));
		promisable += incoming.getOrDefault(today, 0);
		for (Map.Entry<LocalDate, Integer> day : incoming.entrySet()) {
			if (day.getKey().isAfter(today)) {
				promisable += day.getValue();
				timeline.add(new Promise(day.getKey(), day.getValue(), promisable));
			}
		}
		return new AvailableToPromise(sku, available, backordered, timeline);
	}

	/** The units that can be promised on a day. */
	public int on(LocalDate day) {
		int promisable = this.timeline.get(0).promisable();
		for (Promise promise : this.timeline) {
			if (!promise.from().isAfter(day)) {
				promisable = promise.promisable();
			}
		}
		return promisable;
	}

	/**
	 * @param from the first day of this figure
	 * @param incoming units expected that day
	 * @param promisable units that can be promised from that day on
	 */
	public record Promise(LocalDate from, int incoming, int promisable) {
	}

}

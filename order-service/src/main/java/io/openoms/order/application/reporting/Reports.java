package io.openoms.order.application.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reporting queries over the orders placed in {@code [from, to)}; days are UTC days.
 */
public interface Reports {

	List<SalesDay> salesByDayAndChannel(Instant from, Instant to);

	List<TopProduct> topProducts(Instant from, Instant to, int limit);

	List<FunnelStage> statusFunnel(Instant from, Instant to);

	List<StageTime> timeToStage(Instant from, Instant to);

	List<CancellationReason> cancellationReasons(Instant from, Instant to, int limit);

	/**
	 * @param orders orders placed that day through the channel
	 * @param cancelledOrders of which cancelled by now
	 * @param revenueMinor the total of the orders not cancelled, in minor units of
	 * {@code currency}
	 */
	record SalesDay(LocalDate day, String channel, String currency, long orders, long cancelledOrders,
			long revenueMinor) {
	}

	/**
	 * @param units units ordered in orders not cancelled
	 * @param revenueMinor what those lines were charged, after discounts
	 */
	record TopProduct(String sku, String name, String currency, long units, long orders, long revenueMinor) {
	}

	/**
	 * @param current orders of the period in this status now
	 * @param reached orders of the period that were in this status at some point
	 */
	record FunnelStage(String status, long current, long reached) {
	}

	/** How long orders took from placement to first reaching {@code status}. */
	record StageTime(String status, long orders, double averageSeconds, double p95Seconds) {
	}

	/** Cancellations in the period (by when they happened), by reason. */
	record CancellationReason(String reason, long count) {
	}

}

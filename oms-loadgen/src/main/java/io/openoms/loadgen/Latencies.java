package io.openoms.loadgen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * The latency histograms of a run, in microseconds, one per milestone.
 */
final class Latencies {

	/** The milestones, in the report's order. */
	static final List<String> MILESTONES = List.of("produced", "ack", "PAID", "ALLOCATED", "SHIPPED", "COMPLETED",
			"CANCELLED", "terminal");

	static final double[] PERCENTILES = { 50, 95, 99, 99.9 };

	private final Map<String, Histogram> histograms = new LinkedHashMap<>();

	Latencies() {
		for (String milestone : MILESTONES) {
			// Up to an hour, three significant digits.
			this.histograms.put(milestone, new Histogram(3_600_000_000L, 3));
		}
	}

	/**
	 * Records every milestone the order reached, measured from when it was meant to be
	 * sent.
	 */
	void record(StatusTracker.OrderTrack order) {
		long from = order.intendedNanos;
		if (order.producedNanos > 0) {
			add("produced", order.producedNanos - from);
		}
		add("ack", order.ackNanos - from);
		for (String status : List.of("PAID", "ALLOCATED", "SHIPPED", "COMPLETED", "CANCELLED")) {
			long seen = order.seen(status);
			if (seen > 0) {
				add(status, seen - from);
			}
		}
		long terminal = Math.max(order.seen("COMPLETED"), order.seen("CANCELLED"));
		if (terminal > 0) {
			add("terminal", terminal - from);
		}
	}

	private void add(String milestone, long nanos) {
		this.histograms.get(milestone).recordValue(Math.max(0, nanos / 1000));
	}

	Histogram histogram(String milestone) {
		return this.histograms.get(milestone);
	}

	/** Count, p50, p95, p99, p99.9, max and mean in milliseconds per milestone. */
	Map<String, Map<String, Object>> summary() {
		Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
		this.histograms.forEach((milestone, histogram) -> {
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("count", histogram.getTotalCount());
			if (histogram.getTotalCount() > 0) {
				for (double percentile : PERCENTILES) {
					figures.put("p" + trim(percentile), millis(histogram.getValueAtPercentile(percentile)));
				}
				figures.put("max", millis(histogram.getMaxValue()));
				figures.put("mean", Math.round(histogram.getMean() / 10.0) / 100.0);
			}
			summary.put(milestone, figures);
		});
		return summary;
	}

	static String trim(double percentile) {
		return (percentile == Math.rint(percentile)) ? String.valueOf((long) percentile) : String.valueOf(percentile);
	}

	private static double millis(long micros) {
		return Math.round(micros / 10.0) / 100.0;
	}

}

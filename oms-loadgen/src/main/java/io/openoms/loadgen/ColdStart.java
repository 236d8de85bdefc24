package io.openoms.loadgen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How long after start-up the system holds the offered rate (issue 8's cold start).
 *
 * <p>
 * The load holds from second {@code s} of the load when, over the window of {@code w}
 * seconds from {@code s} (all within the load): the orders that ended (COMPLETED or
 * CANCELLED, read from the status topic) in the window are at least
 * {@value #KEEP_UP_SHARE} of the offered orders of the window, and for the orders placed
 * in each second of the window, the p99 from placement (the intended send time) to the
 * final status is at most the bound (an order that did not end counts as infinitely
 * late). The figure is the first such {@code s}, added to how long after the system's
 * start (and after it reported healthy) the load began. It is an upper bound: the load
 * begins a few seconds after the system is healthy (the load generator starts, tops up
 * stock), and the system may have been able to hold the rate earlier.
 */
final class ColdStart {

	/** The share of the offered rate that must end within the window. */
	static final double KEEP_UP_SHARE = 0.9;

	/**
	 * When the system was started and became healthy, if the benchmark started it.
	 *
	 * @param startedAt when bin/bench started bin/run-local, null if the system was
	 * already running
	 * @param healthyAt when all four services first answered their health check, null if
	 * the system was already running
	 * @param loadBeganAt when the first order was due
	 */
	record SystemStart(Instant startedAt, Instant healthyAt, Instant loadBeganAt) {

		/**
		 * From {@code OMS_BENCH_SYSTEM_STARTED_AT} and {@code ..._HEALTHY_AT} (epoch ms).
		 */
		static SystemStart fromEnvironment(Map<String, String> environment, Instant loadBeganAt) {
			return new SystemStart(epochMillis(environment.get("OMS_BENCH_SYSTEM_STARTED_AT")),
					epochMillis(environment.get("OMS_BENCH_SYSTEM_HEALTHY_AT")), loadBeganAt);
		}

		private static Instant epochMillis(String value) {
			return (value == null || value.isBlank()) ? null : Instant.ofEpochMilli(Long.parseLong(value.strip()));
		}

	}

	private ColdStart() {
	}

	/**
	 * @param rate the offered orders per second
	 * @param ended orders that ended in each second of the run
	 * @param p99Millis for the orders placed in each second, the p99 of placement to
	 * final status, in milliseconds (NaN when none was placed, infinite when more than 1
	 * % did not end)
	 * @param loadSeconds full seconds of load
	 * @param window the window's length in seconds
	 * @param boundMillis the p99 bound
	 * @return the first second of the load from which the system held the rate for the
	 * window, empty if it never did
	 */
	static OptionalInt heldFrom(double rate, long[] ended, double[] p99Millis, int loadSeconds, int window,
			double boundMillis) {
		for (int from = 0; from + window <= loadSeconds; from++) {
			if (holds(rate, ended, p99Millis, from, window, boundMillis)) {
				return OptionalInt.of(from);
			}
		}
		return OptionalInt.empty();
	}

	private static boolean holds(double rate, long[] ended, double[] p99Millis, int from, int window,
			double boundMillis) {
		long endedInWindow = 0;
		for (int second = from; second < from + window; second++) {
			double p99 = (second < p99Millis.length) ? p99Millis[second] : Double.NaN;
			if (!(p99 <= boundMillis)) {
				return false;
			}
			endedInWindow += (second < ended.length) ? ended[second] : 0;
		}
		return endedInWindow >= KEEP_UP_SHARE * rate * window;
	}

	/**
	 * @param placed the orders of the run
	 * @param startNanos when the load began
	 * @param seconds how many seconds
	 * @return per second of intended placement, the p99 (nearest rank) of placement to
	 * final status in milliseconds; NaN for a second without placements, infinite when
	 * the p99 order did not end
	 */
	static double[] p99BySecond(List<StatusTracker.OrderTrack> placed, long startNanos, int seconds) {
		List<List<Long>> bySecond = new ArrayList<>(seconds);
		for (int i = 0; i < seconds; i++) {
			bySecond.add(new ArrayList<>());
		}
		for (StatusTracker.OrderTrack order : placed) {
			int second = (int) ((order.intendedNanos - startNanos) / 1_000_000_000L);
			if (second < 0 || second >= seconds) {
				continue;
			}
			long terminal = Math.max(order.seen("COMPLETED"), order.seen("CANCELLED"));
			bySecond.get(second).add((terminal > 0) ? terminal - order.intendedNanos : Long.MAX_VALUE);
		}
		double[] p99 = new double[seconds];
		for (int i = 0; i < seconds; i++) {
			p99[i] = p99Millis(bySecond.get(i));
		}
		return p99;
	}

	static double p99Millis(List<Long> nanos) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		long value = sorted[(int) Math.ceil(0.99 * sorted.length) - 1];
		return (value == Long.MAX_VALUE) ? Double.POSITIVE_INFINITY : value / 1e6;
	}

	/** The cold-start figures of a run, for result.json and the report. */
	static Map<String, Object> figures(BenchSettings settings, SystemStart system, long[] ended, double[] p99Millis,
			int loadSeconds) {
		Map<String, Object> figures = new LinkedHashMap<>();
		int window = (int) Math.max(1, settings.coldStartWindow().toSeconds());
		double bound = settings.coldStartLatency().toMillis();
		figures.put("criterion", String.format(Locale.ROOT,
				"the first %d s of the load in which the orders that ended were at least %.0f %% of those offered "
						+ "and, for the orders placed in each of its seconds, placement to final status p99 <= %.0f ms",
				window, KEEP_UP_SHARE * 100, bound));
		figures.put("systemStartedAt", (system.startedAt() != null) ? system.startedAt().toString() : null);
		figures.put("systemHealthyAt", (system.healthyAt() != null) ? system.healthyAt().toString() : null);
		figures.put("loadBeganAt", system.loadBeganAt().toString());
		Double afterStart = secondsBetween(system.startedAt(), system.loadBeganAt());
		Double afterHealthy = secondsBetween(system.healthyAt(), system.loadBeganAt());
		figures.put("loadBeganSecondsAfterStart", afterStart);
		figures.put("loadBeganSecondsAfterHealthy", afterHealthy);
		if (settings.load() != BenchSettings.LoadModel.OPEN) {
			figures.put("heldFromLoadSecond", null);
			figures.put("note", "measured with the open model only (a fixed offered rate)");
			return figures;
		}
		OptionalInt from = heldFrom(settings.rate(), ended, p99Millis, loadSeconds, window, bound);
		figures.put("heldFromLoadSecond", from.isPresent() ? from.getAsInt() : null);
		figures.put("secondsFromStart", (from.isPresent()) ? later(afterStart, from.getAsInt()) : null);
		figures.put("secondsFromHealthy", (from.isPresent()) ? later(afterHealthy, from.getAsInt()) : null);
		if (from.isEmpty()) {
			figures.put("note", String.format(Locale.ROOT, "did not hold %.0f orders/s during the %d s of load",
					settings.rate(), loadSeconds));
		}
		else if (afterStart == null) {
			figures.put("note", "the system was already running (started separately): only the second of the load "
					+ "from which it held the rate is known; bin/bench --cold-start starts it");
		}
		return figures;
	}

	private static Double secondsBetween(Instant from, Instant to) {
		return (from != null) ? Math.round(Duration.between(from, to).toMillis() / 10.0) / 100.0 : null;
	}

	/** Seconds plus whole seconds, still to the hundredth (a double sum may not be). */
	private static Double later(Double seconds, int more) {
		return (seconds != null) ? Math.round((seconds + more) * 100) / 100.0 : null;
	}

}

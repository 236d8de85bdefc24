package io.openoms.loadgen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts per second since the start of the run, per named series (a status, "placed",
 * "accepted", "rejected").
 */
final class Timeline {

	private final long startNanos;

	private final Map<String, long[]> series = new LinkedHashMap<>();

	Timeline(long startNanos) {
		this.startNanos = startNanos;
	}

	synchronized void count(String name, long nanos) {
		int second = (int) Math.max(0, (nanos - this.startNanos) / 1_000_000_000L);
		long[] counts = this.series.computeIfAbsent(name, (key) -> new long[64]);
		if (second >= counts.length) {
			long[] grown = new long[Math.max(second + 1, counts.length * 2)];
			System.arraycopy(counts, 0, grown, 0, counts.length);
			counts = grown;
			this.series.put(name, counts);
		}
		counts[second]++;
	}

	/**
	 * @param seconds how many seconds to return
	 * @return per series, the count of each second from 0 to {@code seconds - 1}
	 */
	synchronized Map<String, long[]> snapshot(int seconds) {
		Map<String, long[]> copy = new LinkedHashMap<>();
		this.series.forEach((name, counts) -> {
			long[] window = new long[seconds];
			System.arraycopy(counts, 0, window, 0, Math.min(seconds, counts.length));
			copy.put(name, window);
		});
		return copy;
	}

	long startNanos() {
		return this.startNanos;
	}

}

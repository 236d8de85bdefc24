package io.openoms.loadgen;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColdStartTest {

	private static final double INF = Double.POSITIVE_INFINITY;

	@Test
	void holdsFromTheFirstSecondOfAWindowThatKeepsUpWithTheRateUnderTheLatencyBound() {
		// 10 orders/s offered; the system catches up in second 3 and holds from second 4.
		long[] ended = { 0, 0, 2, 25, 10, 9, 11, 10, 10, 10 };
		double[] p99 = { 4000, 3000, 2000, 1200, 300, 250, 200, 210, 190, 200 };

		assertThat(ColdStart.heldFrom(10, ended, p99, 10, 3, 1000)).hasValue(4);
	}

	@Test
	void aWindowWithTooFewEndedOrdersOrOneSlowSecondDoesNotHold() {
		// Fast, but only 8 of 10 per second end: 80 % < 90 %.
		assertThat(ColdStart.heldFrom(10, filled(10, 8), flat(10, 100), 10, 3, 1000)).isEmpty();
		// Enough ended, but every third second's p99 is over the bound.
		double[] spiky = { 100, 100, 1500, 100, 100, 1500, 100, 100, 1500, 100 };
		assertThat(ColdStart.heldFrom(10, filled(10, 10), spiky, 10, 3, 1000)).isEmpty();
		// A second whose p99 order never ended, or with no placement, breaks the window.
		double[] gap = { 100, INF, 100, 100, Double.NaN, 100, 100, 100, 100, 100 };
		assertThat(ColdStart.heldFrom(10, filled(10, 10), gap, 10, 3, 1000)).hasValue(5);
	}

	@Test
	void theWindowMustFitInTheLoad() {
		// Holds only in the last two seconds of the load, the window is three.
		double[] late = { 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 100, 100, 100, 100 };
		long[] ended = filled(12, 10);

		assertThat(ColdStart.heldFrom(10, ended, late, 10, 3, 1000)).isEmpty();
		assertThat(ColdStart.heldFrom(10, ended, late, 11, 3, 1000)).hasValue(8);
	}

	@Test
	void p99IsTheNearestRankAndAnOrderThatDidNotEndIsInfinitelyLate() {
		List<Long> hundred = LongStream.rangeClosed(1, 100).map((ms) -> ms * 1_000_000).boxed().toList();
		assertThat(ColdStart.p99Millis(hundred)).isEqualTo(99.0);
		assertThat(ColdStart.p99Millis(List.of(5_000_000L))).isEqualTo(5.0);
		assertThat(ColdStart.p99Millis(List.of(5_000_000L, Long.MAX_VALUE))).isInfinite();
		assertThat(ColdStart.p99Millis(Collections.emptyList())).isNaN();
	}

	@Test
	void p99BySecondGroupsOrdersByTheSecondTheyWereDueIn() {
		long second = 1_000_000_000L;
		StatusTracker.OrderTrack early = track(100_000_000L, 900_000_000L);
		StatusTracker.OrderTrack late = track(second + 200_000_000L, second + 250_000_000L);
		StatusTracker.OrderTrack lost = track(2 * second + 1, -1);

		double[] p99 = ColdStart.p99BySecond(List.of(early, late, lost), 0, 4);

		assertThat(p99[0]).isEqualTo(800.0);
		assertThat(p99[1]).isEqualTo(50.0);
		assertThat(p99[2]).isInfinite();
		assertThat(p99[3]).isNaN();
	}

	@Test
	void theFiguresAddTheSecondOfTheLoadToWhenTheLoadBeganAfterStartAndHealthy() {
		BenchSettings settings = BenchSettings.parse("--rate=10", "--duration=10s", "--warmup=0s",
				"--cold-start-window=3s");
		Instant began = Instant.parse("2026-11-25T00:01:00Z");
		ColdStart.SystemStart system = ColdStart.SystemStart
			.fromEnvironment(
					Map.of("OMS_BENCH_SYSTEM_STARTED_AT", String.valueOf(began.minusSeconds(40).toEpochMilli()),
							"OMS_BENCH_SYSTEM_HEALTHY_AT", String.valueOf(began.minusMillis(4500).toEpochMilli())),
					began);
		long[] ended = { 0, 0, 2, 25, 10, 9, 11, 10, 10, 10 };
		double[] p99 = { 4000, 3000, 2000, 1200, 300, 250, 200, 210, 190, 200 };

		Map<String, Object> figures = ColdStart.figures(settings, system, ended, p99, 10);

		assertThat(figures).containsEntry("heldFromLoadSecond", 4)
			.containsEntry("loadBeganSecondsAfterStart", 40.0)
			.containsEntry("loadBeganSecondsAfterHealthy", 4.5)
			.containsEntry("secondsFromStart", 44.0)
			.containsEntry("secondsFromHealthy", 8.5);
		assertThat((String) figures.get("criterion")).contains("3 s", "90 %", "1000 ms");
	}

	@Test
	void withASystemStartedSeparatelyOnlyTheSecondOfTheLoadIsKnown() {
		BenchSettings settings = BenchSettings.parse("--rate=10", "--duration=10s", "--warmup=0s",
				"--cold-start-window=3s");
		ColdStart.SystemStart system = ColdStart.SystemStart.fromEnvironment(Map.of(), Instant.now());

		Map<String, Object> figures = ColdStart.figures(settings, system, filled(10, 10), flat(10, 100), 10);

		assertThat(figures).containsEntry("heldFromLoadSecond", 0).containsEntry("secondsFromStart", null);
		assertThat((String) figures.get("note")).contains("already running");
	}

	private static StatusTracker.OrderTrack track(long intended, long completed) {
		StatusTracker.OrderTrack track = new StatusTracker.OrderTrack();
		track.intendedNanos = intended;
		if (completed > 0) {
			track.seenNanos[StatusTracker.STATUSES.indexOf("COMPLETED")] = completed;
		}
		return track;
	}

	private static long[] filled(int seconds, long perSecond) {
		return LongStream.generate(() -> perSecond).limit(seconds).toArray();
	}

	private static double[] flat(int seconds, double millis) {
		return java.util.stream.DoubleStream.generate(() -> millis).limit(seconds).toArray();
	}

}

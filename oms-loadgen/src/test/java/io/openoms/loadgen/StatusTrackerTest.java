package io.openoms.loadgen;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatusTrackerTest {

	private final Timeline timeline = new Timeline(0);

	@Test
	void notesEachStatusOnceCountsDuplicatesAndEndsTheOrderAtItsTerminalStatus() throws Exception {
		try (StatusTracker tracker = new StatusTracker("localhost:1", this.timeline)) {
			String id = "7d0b8f5e-8c1a-4c55-9d4e-0a6c2f1b9e01";
			// Events may arrive before the placement is answered.
			tracker.onRecord(event(id, "CREATED", 1), 1_000_000_000L);
			StatusTracker.OrderTrack order = tracker.register(id, OrderMix.Kind.NORMAL, 0, 0, 500_000_000L);
			tracker.onRecord(event(id, "PAID", 2), 1_500_000_000L);
			tracker.onRecord(event(id, "PAID", 2), 1_600_000_000L);
			tracker.onRecord(event(id, "CANCELLED", 3), 2_000_000_000L);

			assertThat(order.seen("CREATED")).isEqualTo(1_000_000_000L);
			assertThat(order.seen("PAID")).isEqualTo(1_500_000_000L);
			assertThat(order.duplicates).isEqualTo(1);
			assertThat(order.ended).isCompletedWithValue("CANCELLED");
			assertThat(tracker.placed()).containsExactly(order);
			assertThat(this.timeline.snapshot(3).get("PAID")).containsExactly(0, 1, 0);
		}
	}

	@Test
	void latenciesAreMeasuredFromTheIntendedSendTime() throws Exception {
		try (StatusTracker tracker = new StatusTracker("localhost:1", this.timeline)) {
			String id = "7d0b8f5e-8c1a-4c55-9d4e-0a6c2f1b9e02";
			StatusTracker.OrderTrack order = tracker.register(id, OrderMix.Kind.NORMAL, 1_000_000_000L, 1_200_000_000L,
					1_250_000_000L);
			tracker.onRecord(event(id, "COMPLETED", 5), 1_400_000_000L);
			Latencies latencies = new Latencies();

			latencies.record(order);

			// Three significant digits.
			assertThat((double) latencies.summary().get("ack").get("p50")).isCloseTo(250.0, within(0.5));
			assertThat((double) latencies.summary().get("terminal").get("max")).isCloseTo(400.0, within(0.5));
		}
	}

	private static byte[] event(String orderId, String status, int revision) {
		return ("{\"type\":\"OrderStatusChanged\",\"payload\":{\"orderId\":\"" + orderId + "\",\"status\":\"" + status
				+ "\",\"revision\":" + revision + "}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}

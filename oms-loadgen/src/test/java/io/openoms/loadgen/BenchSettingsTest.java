package io.openoms.loadgen;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchSettingsTest {

	@Test
	void withoutArgumentsRunsTheStandardBenchmarkAgainstTheLocalRun() {
		BenchSettings settings = BenchSettings.parse();

		assertThat(settings.load()).isEqualTo(BenchSettings.LoadModel.OPEN);
		assertThat(settings.rate()).isEqualTo(200);
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.channel()).isEqualTo(OrderChannel.Kind.HTTP);
		assertThat(settings.ports()).containsEntry("kafka", 19092)
			.containsEntry("postgres", 15432)
			.containsEntry("order-service", 8080)
			.containsEntry("inventory-service", 8082);
	}

	@Test
	void readsTheClosedModelAndDurationsInSecondsMinutesAndMillis() {
		BenchSettings settings = BenchSettings.parse("--load=closed", "--clients=64", "--duration=2m", "--warmup=500ms",
				"--declined-share=0.1", "--channel=upstream-topic");

		assertThat(settings.load()).isEqualTo(BenchSettings.LoadModel.CLOSED);
		assertThat(settings.clients()).isEqualTo(64);
		assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.warmup()).isEqualTo(Duration.ofMillis(500));
		assertThat(settings.declinedShare()).isEqualTo(0.1);
		assertThat(settings.channel()).isEqualTo(OrderChannel.Kind.UPSTREAM_TOPIC);
	}

	@Test
	void rejectsUnknownOptionsSharesAboveOneAndAWarmupAsLongAsTheRun() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchSettings.parse("--rat=5"))
			.withMessageContaining("unknown option(s) [rat]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchSettings.parse("--declined-share=0.7", "--out-of-stock-share=0.5"));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchSettings.parse("--duration=10s", "--warmup=10s"));
	}

	@Test
	void readsTheUpstreamChannelAndTheColdStartCriterion() {
		BenchSettings settings = BenchSettings.parse("--channel=upstream", "--cold-start", "--cold-start-window=5s",
				"--cold-start-latency=250ms");

		assertThat(settings.channel()).isEqualTo(OrderChannel.Kind.UPSTREAM_TOPIC);
		assertThat(settings.coldStart()).isTrue();
		assertThat(BenchSettings.parse().coldStart()).isFalse();
		assertThat(settings.coldStartWindow()).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.coldStartLatency()).isEqualTo(Duration.ofMillis(250));
		assertThat(BenchSettings.parse().coldStartWindow()).isEqualTo(Duration.ofSeconds(10));
		assertThat(BenchSettings.parse().coldStartLatency()).isEqualTo(Duration.ofSeconds(1));
	}

}

package io.openoms.shipping.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShippingAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedCarrierTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	private final AtomicLong serials = new AtomicLong();

	private final SimulatedCarrier carrier = new SimulatedCarrier(
			() -> TrackingNumbers.format(this.serials.incrementAndGet()),
			new ShippingProperties(ShippingProperties.CarrierType.SIMULATED, Duration.ofSeconds(30),
					Duration.ofSeconds(1), 100),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void booksASimpostLabelDeliveredAfterTheConfiguredDelay() {
		Label label = this.carrier.book(request());

		assertThat(label.carrier()).isEqualTo("SIMPOST");
		assertThat(label.trackingNumber()).isEqualTo("SP000000000001");
		assertThat(label.trackingUrl()).isEqualTo("https://track.example/SP000000000001");
		assertThat(label.expectedDeliveryAt()).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void everyLabelHasItsOwnTrackingNumber() {
		assertThat(List.of(this.carrier.book(request()), this.carrier.book(request())))
			.extracting(Label::trackingNumber)
			.containsExactly("SP000000000001", "SP000000000002");
	}

	@Test
	void trackingNumbersAreSpAndTwelveDigits() {
		assertThat(TrackingNumbers.format(999_999_999_999L)).isEqualTo("SP999999999999");
		assertThatThrownBy(() -> TrackingNumbers.format(1_000_000_000_000L)).isInstanceOf(IllegalStateException.class);
	}

	private static LabelRequest request() {
		return new LabelRequest(UUID.randomUUID(), UUID.randomUUID(), "WH-BERLIN",
				new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"),
				List.of(new ShipmentLine("MUG-LOGO", 1)));
	}

}

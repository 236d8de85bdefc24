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
import io.openoms.shipping.domain.BookingResult;
import io.openoms.shipping.domain.DeliveryOutcome;
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
					Duration.ofSeconds(1), 100, List.of("AQ", "KP")),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void booksASimpostLabelDeliveredAfterTheConfiguredDelay() {
		Label label = book(request("Main St 1", "DE"));

		assertThat(label.carrier()).isEqualTo("SIMPOST");
		assertThat(label.trackingNumber()).isEqualTo("SP000000000001");
		assertThat(label.trackingUrl()).isEqualTo("https://track.example/SP000000000001");
		assertThat(label.expectedDeliveryAt()).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void everyLabelHasItsOwnTrackingNumber() {
		assertThat(List.of(book(request("Main St 1", "DE")), book(request("Main St 1", "DE"))))
			.extracting(Label::trackingNumber)
			.containsExactly("SP000000000001", "SP000000000002");
	}

	@Test
	void trackingNumbersAreSpAndTwelveDigits() {
		assertThat(TrackingNumbers.format(999_999_999_999L)).isEqualTo("SP999999999999");
		assertThatThrownBy(() -> TrackingNumbers.format(1_000_000_000_000L)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesEveryUnservedCountryWithoutUsingATrackingNumber() {
		assertThat(this.carrier.book(request("Main St 1", "AQ")))
			.isEqualTo(new BookingResult.Refused("SIMPOST does not deliver to AQ"));
		assertThat(this.carrier.book(request("Main St 1", "KP"))).isInstanceOf(BookingResult.Refused.class);
		assertThat(this.serials).hasValue(0);
	}

	@Test
	void deliversEveryParcelExceptToAnAddressMarkedUndeliverable() {
		assertThat(this.carrier.deliver(request("Main St 1", "DE"))).isEqualTo(new DeliveryOutcome.Delivered());
		assertThat(this.carrier.deliver(request("1 UNDELIVERABLE Road", "DE")))
			.isEqualTo(new DeliveryOutcome.Undeliverable(
					"SIMPOST could not deliver to '1 UNDELIVERABLE Road' and returns the parcel to WH-BERLIN"));
	}

	private Label book(LabelRequest request) {
		BookingResult result = this.carrier.book(request);
		assertThat(result).isInstanceOf(BookingResult.Booked.class);
		return ((BookingResult.Booked) result).label();
	}

	private static LabelRequest request(String line1, String country) {
		return new LabelRequest(UUID.randomUUID(), UUID.randomUUID(), "WH-BERLIN",
				new ShippingAddress("Ada Lovelace", line1, null, "10115", "Berlin", country),
				List.of(new ShipmentLine("MUG-LOGO", 1)));
	}

}

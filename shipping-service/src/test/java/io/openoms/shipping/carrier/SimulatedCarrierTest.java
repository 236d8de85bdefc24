package io.openoms.shipping.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;
import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.domain.BookingResult;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.LabelRequest;
import io.openoms.shipping.domain.ServiceLevel;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShippingAddress;
import io.openoms.shipping.domain.TrackingStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedCarrierTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	private final AtomicLong serials = new AtomicLong();

	private final List<SimulatedJourney> journeys = new ArrayList<>();

	private final SimulatedParcels parcels = new SimulatedParcels(null) {

		@Override
		void add(SimulatedJourney journey) {
			SimulatedCarrierTest.this.journeys.add(journey);
		}

	};

	@Test
	void booksALabelWithAPlausibleTrackingNumberAtTheRateCardsCost() {
		Label label = book(carrier(0, 0, 0.5), request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "DE"));

		assertThat(label.carrier()).isEqualTo("SIMPOST");
		assertThat(label.service()).isEqualTo(ServiceLevel.STANDARD);
		assertThat(label.trackingNumber()).matches("SP\\d{12}").isEqualTo(TrackingNumbers.format("SP", 1));
		assertThat(TrackingNumbers.isValid(label.trackingNumber())).isTrue();
		assertThat(label.trackingUrl()).isEqualTo("https://track.example/" + label.trackingNumber());
		assertThat(label.cost()).isEqualTo(new Money(479, "EUR"));
		assertThat(label.expectedDeliveryAt()).isEqualTo(NOW.plusSeconds(40));
	}

	@Test
	void freightParcelsGetFreightTrackingNumbersAndEveryLabelItsOwn() {
		SimulatedCarrier carrier = carrier(0, 0, 0.5);
		Label parcel = book(carrier, request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "DE"));
		Label freight = book(carrier, request("SIMFREIGHT", ServiceLevel.STANDARD, "Main St 1", "DE"));

		assertThat(parcel.trackingNumber()).startsWith("SP");
		assertThat(freight.trackingNumber()).startsWith("SF").isNotEqualTo(parcel.trackingNumber());
	}

	@Test
	void trackingNumbersCarryALuhnCheckDigitAndRunOutLoudly() {
		assertThat(TrackingNumbers.format("SP", 7992739871L)).isEqualTo("SP079927398713");
		assertThat(TrackingNumbers.isValid("SP079927398713")).isTrue();
		assertThat(TrackingNumbers.isValid("SP079927398714")).isFalse();
		assertThatThrownBy(() -> TrackingNumbers.format("SP", 100_000_000_000L))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void journeyPassesEveryTrackingStatusAndEndsDeliveredAfterTheDelay() {
		book(carrier(0, 0, 0.5), request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "DE"));
		SimulatedJourney journey = this.journeys.get(0);

		assertThat(journey.steps()).containsExactly(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT,
				TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);
		assertThat(journey.nextDueAt()).isEqualTo(NOW.plusSeconds(10));
		List<Shipment.TrackingReport> reports = reportsOf(journey);
		assertThat(reports).extracting(Shipment.TrackingReport::occurredAt)
			.containsExactly(NOW.plusSeconds(10), NOW.plusSeconds(20), NOW.plusSeconds(30), NOW.plusSeconds(40));
		assertThat(reports).extracting(Shipment.TrackingReport::carrierEventId)
			.containsExactly(journey.trackingNumber() + "-1", journey.trackingNumber() + "-2",
					journey.trackingNumber() + "-3", journey.trackingNumber() + "-4");
		assertThat(reports.get(0).description()).isEqualTo("picked up at WH-BERLIN");
		assertThat(reports.get(3).location()).isEqualTo("Berlin");
	}

	@Test
	void expressJourneyTakesHalfTheDelay() {
		Label label = book(carrier(0, 0, 0.5), request("SIMPOST", ServiceLevel.EXPRESS, "Main St 1", "DE"));

		assertThat(label.expectedDeliveryAt()).isEqualTo(NOW.plusSeconds(20));
		assertThat(reportsOf(this.journeys.get(0)).get(3).occurredAt()).isEqualTo(NOW.plusSeconds(20));
	}

	@Test
	void addressMarkedUndeliverableFailsAnAttemptThenGoesBackToTheWarehouse() {
		book(carrier(0, 0, 0.99), request("SIMPOST", ServiceLevel.STANDARD, "1 UNDELIVERABLE Road", "DE"));

		List<Shipment.TrackingReport> reports = reportsOf(this.journeys.get(0));
		assertThat(reports).extracting(Shipment.TrackingReport::status)
			.containsExactly(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY,
					TrackingStatus.DELIVERY_ATTEMPT_FAILED, TrackingStatus.RETURNED_TO_SENDER);
		assertThat(reports.get(4).description())
			.isEqualTo("SIMPOST could not deliver to '1 UNDELIVERABLE Road' and returns the parcel to WH-BERLIN");
		assertThat(reports.get(4).occurredAt()).isEqualTo(NOW.plusSeconds(40));
	}

	@Test
	void configuredSharesOfParcelsNeedASecondAttemptOrComeBack() {
		// Draws below the return share return, the next failed-attempt share needs a
		// second attempt, the rest are delivered at once.
		book(carrier(0.1, 0.2, 0.05), request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "DE"));
		book(carrier(0.1, 0.2, 0.25), request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "DE"));
		book(carrier(0.1, 0.2, 0.35), request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "DE"));

		assertThat(this.journeys).extracting(SimulatedJourney::steps)
			.containsExactly(SimulatedJourney.RETURN_TO_SENDER, SimulatedJourney.DELIVERY_AT_SECOND_ATTEMPT,
					SimulatedJourney.DELIVERY);
		assertThat(reportsOf(this.journeys.get(1)).get(3).description())
			.isEqualTo("delivery attempt failed: nobody at home; a second attempt follows");
	}

	@Test
	void refusesEveryUnservedCountryAndUnknownCarriersWithoutUsingATrackingNumber() {
		SimulatedCarrier carrier = carrier(0, 0, 0.5);

		assertThat(carrier.book(request("SIMPOST", ServiceLevel.STANDARD, "Main St 1", "AQ")))
			.isEqualTo(new BookingResult.Refused("SIMPOST does not deliver to AQ"));
		assertThat(carrier.book(request("SIMFREIGHT", ServiceLevel.STANDARD, "Main St 1", "KP")))
			.isInstanceOf(BookingResult.Refused.class);
		assertThat(carrier.book(request("ACME", ServiceLevel.STANDARD, "Main St 1", "DE")))
			.isEqualTo(new BookingResult.Refused("no simulated carrier is called ACME"));
		assertThat(this.serials).hasValue(0);
		assertThat(this.journeys).isEmpty();
	}

	private static List<Shipment.TrackingReport> reportsOf(SimulatedJourney journey) {
		List<Shipment.TrackingReport> reports = new ArrayList<>();
		for (SimulatedJourney j = journey; !j.isOver(); j = j.advanced()) {
			reports.add(j.nextReport());
		}
		return reports;
	}

	private SimulatedCarrier carrier(double returnShare, double failedAttemptShare, double draw) {
		ShippingProperties properties = new ShippingProperties(ShippingProperties.CarrierType.SIMULATED,
				Duration.ofSeconds(40), Duration.ofSeconds(1), 100, List.of("AQ", "KP"), failedAttemptShare,
				returnShare, "DE", Map.of());
		return new SimulatedCarrier((prefix) -> TrackingNumbers.format(prefix, this.serials.incrementAndGet()),
				this.parcels, properties, Clock.fixed(NOW, ZoneOffset.UTC), () -> draw);
	}

	private static Label book(SimulatedCarrier carrier, LabelRequest request) {
		BookingResult result = carrier.book(request);
		assertThat(result).isInstanceOf(BookingResult.Booked.class);
		return ((BookingResult.Booked) result).label();
	}

	private static LabelRequest request(String carrier, ServiceLevel service, String line1, String country) {
		return new LabelRequest(UUID.randomUUID(), UUID.randomUUID(), carrier, service, new Money(479, "EUR"),
				"WH-BERLIN", new ShippingAddress("Ada Lovelace", line1, null, "10115", "Berlin", country),
				List.of(new ShipmentLine("MUG-LOGO", 1)), 450);
	}

}

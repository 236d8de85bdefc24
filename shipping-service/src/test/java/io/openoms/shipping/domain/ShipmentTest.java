package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShipmentTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	private static final ShippingAddress ADDRESS = new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115",
			"Berlin", "DE");

	private static final Label LABEL = new Label("SIMPOST", ServiceLevel.STANDARD, "SP000000000018",
			"https://track.example/SP000000000018", new Money(479, "EUR"), NOW.plusSeconds(30));

	private static final CarrierChoice.Chosen CHOICE = new CarrierChoice.Chosen("SIMPOST", ServiceLevel.STANDARD,
			new Money(479, "EUR"), "SIMPOST STANDARD for 0.90 kg to DE (DOMESTIC)");

	private final UUID orderId = UUID.randomUUID();

	private final Shipment shipment = Shipment.create(UUID.randomUUID(), this.orderId,
			new ParcelPlan.Parcel("WH-BERLIN", List.of(new ShipmentLine("MUG-LOGO", 2)), 900), ADDRESS, NOW);

	@Test
	void newShipmentIsCreatedAndAsksTheChosenCarrierForItsParcel() {
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.CREATED);
		assertThat(this.shipment.labelRequest(CHOICE))
			.isEqualTo(new LabelRequest(this.shipment.id(), this.orderId, "SIMPOST", ServiceLevel.STANDARD,
					new Money(479, "EUR"), "WH-BERLIN", ADDRESS, List.of(new ShipmentLine("MUG-LOGO", 2)), 900));
	}

	@Test
	void bookedLabelDispatchesTheShipmentAndStartsItsTracking() {
		ShipmentEvent event = this.shipment.recordBooking(CHOICE, new BookingResult.Booked(LABEL), NOW.plusSeconds(1));

		assertThat(event).isEqualTo(new ShipmentEvent.Dispatched(this.shipment.id(), this.orderId, "SIMPOST",
				ServiceLevel.STANDARD, "SP000000000018", "https://track.example/SP000000000018", NOW.plusSeconds(1)));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DISPATCHED);
		assertThat(this.shipment.snapshot().label()).isEqualTo(LABEL);
		assertThat(this.shipment.snapshot().carrierChoice()).isEqualTo(CHOICE.reason());
		assertThat(this.shipment.trackingStatus()).isEqualTo(TrackingStatus.LABEL_CREATED);
	}

	@Test
	void eachTrackingStatusOnTheWayIsRecordedAndPublishedThenDeliveryEndsTheJourney() {
		this.shipment.dispatch(LABEL, NOW);
		List<TrackingStatus> onTheWay = List.of(TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT,
				TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERY_ATTEMPT_FAILED,
				TrackingStatus.OUT_FOR_DELIVERY);
		for (int i = 0; i < onTheWay.size(); i++) {
			Shipment.Tracked tracked = this.shipment.track(report("e" + i, onTheWay.get(i), NOW.plusSeconds(i + 1)),
					NOW.plusSeconds(60));
			assertThat(tracked.applied()).isTrue();
			assertThat(tracked.event()).isInstanceOfSatisfying(ShipmentEvent.TrackingUpdated.class,
					(updated) -> assertThat(updated.event().status()).isEqualTo(tracked.entry().status()));
			assertThat(this.shipment.trackingStatus()).isEqualTo(onTheWay.get(i));
			assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DISPATCHED);
		}

		Shipment.Tracked delivered = this.shipment.track(report("e9", TrackingStatus.DELIVERED, NOW.plusSeconds(10)),
				NOW.plusSeconds(60));

		assertThat(delivered.event())
			.isEqualTo(new ShipmentEvent.Delivered(this.shipment.id(), this.orderId, NOW.plusSeconds(10), true));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(this.shipment.trackingStatus()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(this.shipment.snapshot().tracking()).extracting(TrackingEvent::status)
			.containsExactly(TrackingStatus.LABEL_CREATED, TrackingStatus.PICKED_UP, TrackingStatus.IN_TRANSIT,
					TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERY_ATTEMPT_FAILED,
					TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);
	}

	@Test
	void returnToSenderEndsTheJourneyAsReturnedWithTheCarriersWords() {
		this.shipment.dispatch(LABEL, NOW);

		Shipment.Tracked returned = this.shipment.track(
				report("r1", TrackingStatus.RETURNED_TO_SENDER, NOW.plusSeconds(30), "no such street"),
				NOW.plusSeconds(31));

		assertThat(returned.event()).isEqualTo(
				new ShipmentEvent.Returned(this.shipment.id(), this.orderId, "no such street", NOW.plusSeconds(31)));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.RETURNED);
		assertThat(this.shipment.snapshot().deliveredAt()).isNull();
		assertThatThrownBy(() -> this.shipment.markDelivered(NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class)
			.hasMessageContaining("RETURNED to DELIVERED");
	}

	@Test
	void returnWithoutWordsSaysWhoReturnedIt() {
		this.shipment.dispatch(LABEL, NOW);

		Shipment.Tracked returned = this.shipment
			.track(report("r1", TrackingStatus.RETURNED_TO_SENDER, NOW.plusSeconds(30), null), NOW);

		assertThat(((ShipmentEvent.Returned) returned.event()).reason())
			.isEqualTo("SIMPOST returned the parcel to sender");
	}

	@Test
	void reportOlderThanTheLatestIsKeptInTheHistoryButMovesNothing() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.track(report("e2", TrackingStatus.OUT_FOR_DELIVERY, NOW.plusSeconds(20)), NOW.plusSeconds(21));

		Shipment.Tracked late = this.shipment.track(report("e1", TrackingStatus.IN_TRANSIT, NOW.plusSeconds(10)),
				NOW.plusSeconds(22));

		assertThat(late.applied()).isFalse();
		assertThat(late.entry().applied()).isFalse();
		assertThat(this.shipment.trackingStatus()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
		assertThat(this.shipment.snapshot().tracking()).extracting(TrackingEvent::carrierEventId)
			.containsExactly("label-SP000000000018", "e1", "e2");
	}

	@Test
	void lateDeliveryReportStillDeliversAParcelOnItsWay() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.track(report("e2", TrackingStatus.OUT_FOR_DELIVERY, NOW.plusSeconds(20)), NOW.plusSeconds(21));

		assertThat(this.shipment.track(report("e1", TrackingStatus.DELIVERED, NOW.plusSeconds(19)), NOW).applied())
			.isTrue();
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
	}

	@Test
	void nothingMovesAParcelAfterItsJourneyEndedOrItWasRecalled() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.track(report("d", TrackingStatus.DELIVERED, NOW.plusSeconds(30)), NOW.plusSeconds(30));

		Shipment.Tracked after = this.shipment
			.track(report("x", TrackingStatus.RETURNED_TO_SENDER, NOW.plusSeconds(40), "late"), NOW.plusSeconds(40));

		assertThat(after.applied()).isFalse();
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);

		Shipment recalled = Shipment.create(UUID.randomUUID(), this.orderId,
				new ParcelPlan.Parcel("WH-BERLIN", List.of(new ShipmentLine("MUG-LOGO", 1)), 450), ADDRESS, NOW);
		recalled.dispatch(LABEL, NOW);
		recalled.recall("order cancelled", NOW);
		assertThat(recalled.track(report("y", TrackingStatus.DELIVERED, NOW.plusSeconds(5)), NOW).applied()).isFalse();
		assertThat(recalled.status()).isEqualTo(ShipmentStatus.RECALLED);
	}

	@Test
	void parcelWithoutALabelCannotBeTracked() {
		assertThatThrownBy(() -> this.shipment.track(report("e", TrackingStatus.IN_TRANSIT, NOW), NOW.plusSeconds(1)))
			.isInstanceOf(IllegalShipmentTransitionException.class);
	}

	@Test
	void orderIsDeliveredWhenAllItsParcelsAre() {
		Shipment second = Shipment.create(UUID.randomUUID(), this.orderId,
				new ParcelPlan.Parcel("WH-HAMBURG", List.of(new ShipmentLine("CAP-NAVY", 1)), 150), ADDRESS, NOW);
		this.shipment.dispatch(LABEL, NOW);
		second.dispatch(LABEL, NOW);
		this.shipment.markDelivered(NOW);

		assertThat(Shipment.allDelivered(List.of(this.shipment, second))).isFalse();
		second.markDelivered(NOW);
		assertThat(Shipment.allDelivered(List.of(this.shipment, second))).isTrue();
		assertThat(Shipment.allDelivered(List.of())).isFalse();
	}

	@Test
	void shipmentNeverDispatchedCannotBeDelivered() {
		assertThatThrownBy(() -> this.shipment.markDelivered(NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class)
			.hasMessageContaining("CREATED to DELIVERED");
	}

	@Test
	void shipmentIsDispatchedAndDeliveredOnlyOnce() {
		this.shipment.dispatch(LABEL, NOW);
		assertThatThrownBy(() -> this.shipment.dispatch(LABEL, NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class);
		this.shipment.markDelivered(NOW);
		assertThatThrownBy(() -> this.shipment.markDelivered(NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class)
			.hasMessageContaining("DELIVERED to DELIVERED");
	}

	@Test
	void shipmentNeedsAWarehouseAndLines() {
		assertThatThrownBy(() -> Shipment.create(UUID.randomUUID(), this.orderId,
				new ParcelPlan.Parcel(" ", List.of(new ShipmentLine("MUG-LOGO", 1)), 450), ADDRESS, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Shipment.create(UUID.randomUUID(), this.orderId,
				new ParcelPlan.Parcel("WH-BERLIN", List.of(), 1), ADDRESS, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void addressNeedsAnIsoCountryAndLinesAtLeastOneUnit() {
		assertThatThrownBy(() -> new ShippingAddress("Ada", "Main St 1", null, "10115", "Berlin", "Germany"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ISO 3166-1");
		assertThatThrownBy(() -> new ShipmentLine("MUG-LOGO", 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusedBookingFailsTheShipmentWithTheCarriersReason() {
		ShipmentEvent event = this.shipment.recordBooking(CHOICE,
				new BookingResult.Refused("SIMPOST does not deliver to AQ"), NOW);

		assertThat(event).isEqualTo(new ShipmentEvent.BookingFailed(this.shipment.id(), this.orderId,
				"SIMPOST does not deliver to AQ", NOW));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.FAILED);
		assertThat(this.shipment.snapshot().reason()).isEqualTo("SIMPOST does not deliver to AQ");
		assertThat(this.shipment.snapshot().failedAt()).isEqualTo(NOW);
		assertThat(this.shipment.snapshot().label()).isNull();
	}

	@Test
	void parcelNoServiceTakesFailsWithTheRateCardsReason() {
		ShipmentEvent event = this.shipment.noService(new CarrierChoice.Unavailable("no carrier service takes it"),
				NOW);

		assertThat(event).isInstanceOf(ShipmentEvent.BookingFailed.class);
		assertThat(this.shipment.snapshot().carrierChoice()).isEqualTo("no carrier service takes it");
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.FAILED);
	}

	@Test
	void failedShipmentIsNeverDispatchedNorDelivered() {
		this.shipment.failBooking("refused", NOW);

		assertThatThrownBy(() -> this.shipment.dispatch(LABEL, NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class)
			.hasMessageContaining("FAILED to DISPATCHED");
		assertThatThrownBy(() -> this.shipment.markDelivered(NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class);
		assertThat(this.shipment.recall("order cancelled", NOW)).isFalse();
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.FAILED);
	}

	@Test
	void dispatchedParcelIsRecalledOnceAndThenNeverDelivered() {
		this.shipment.dispatch(LABEL, NOW);

		assertThat(this.shipment.recall("order cancelled: customer changed their mind", NOW.plusSeconds(1))).isTrue();
		assertThat(this.shipment.recall("order cancelled: customer changed their mind", NOW.plusSeconds(2))).isFalse();

		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.RECALLED);
		assertThat(this.shipment.snapshot().recalledAt()).isEqualTo(NOW.plusSeconds(1));
		assertThat(this.shipment.snapshot().reason()).isEqualTo("order cancelled: customer changed their mind");
		assertThatThrownBy(() -> this.shipment.markDelivered(NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class)
			.hasMessageContaining("RECALLED to DELIVERED");
	}

	@Test
	void deliveredParcelHasNothingToRecall() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.markDelivered(NOW);

		assertThat(this.shipment.recall("order cancelled", NOW)).isFalse();
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
	}

	@Test
	void failuresNeedAReason() {
		assertThatThrownBy(() -> new BookingResult.Refused(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CarrierChoice.Unavailable(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.shipment.failBooking("", NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.CREATED);
	}

	@Test
	void restoredShipmentIsTheSameAsTheStoredOne() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.track(report("e1", TrackingStatus.PICKED_UP, NOW.plusSeconds(3)), NOW.plusSeconds(4));

		assertThat(Shipment.restore(this.shipment.snapshot()).snapshot()).isEqualTo(this.shipment.snapshot());
	}

	@Test
	void restoredShipmentHasNothingUnsavedAndEachChangeIsUnsavedUntilSaved() {
		this.shipment.dispatch(LABEL, NOW);
		Shipment restored = Shipment.restore(this.shipment.snapshot());
		assertThat(restored.unsavedChanges()).isEqualTo(new Shipment.Changes(false, List.of()));

		Shipment.Tracked pickedUp = restored.track(report("e1", TrackingStatus.PICKED_UP, NOW.plusSeconds(3)),
				NOW.plusSeconds(4));
		Shipment.Tracked inTransit = restored.track(report("e2", TrackingStatus.IN_TRANSIT, NOW.plusSeconds(5)),
				NOW.plusSeconds(6));
		assertThat(restored.unsavedChanges())
			.isEqualTo(new Shipment.Changes(true, List.of(pickedUp.entry(), inTransit.entry())));

		restored.changesSaved();
		assertThat(restored.unsavedChanges()).isEqualTo(new Shipment.Changes(false, List.of()));
		assertThat(restored.snapshot().tracking()).hasSize(3);
	}

	@Test
	void lateReportChangesOnlyTheHistoryAndANewShipmentsLabelEntryIsUnsaved() {
		this.shipment.recordBooking(CHOICE, new BookingResult.Booked(LABEL), NOW);
		assertThat(this.shipment.unsavedChanges().state()).isTrue();
		assertThat(this.shipment.unsavedChanges().newTracking()).extracting(TrackingEvent::status)
			.containsExactly(TrackingStatus.LABEL_CREATED);
		this.shipment.track(report("e2", TrackingStatus.IN_TRANSIT, NOW.plusSeconds(5)), NOW.plusSeconds(6));
		this.shipment.changesSaved();

		Shipment.Tracked late = this.shipment.track(report("e1", TrackingStatus.PICKED_UP, NOW.plusSeconds(3)),
				NOW.plusSeconds(7));

		assertThat(late.applied()).isFalse();
		assertThat(this.shipment.unsavedChanges()).isEqualTo(new Shipment.Changes(false, List.of(late.entry())));
	}

	@Test
	void recallIsAnUnsavedChangeOfState() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.changesSaved();

		this.shipment.recall("order cancelled", NOW.plusSeconds(1));

		assertThat(this.shipment.unsavedChanges()).isEqualTo(new Shipment.Changes(true, List.of()));
	}

	private static Shipment.TrackingReport report(String id, TrackingStatus status, Instant at) {
		return report(id, status, at, "status " + status);
	}

	private static Shipment.TrackingReport report(String id, TrackingStatus status, Instant at, String description) {
		return new Shipment.TrackingReport(id, status, description, "Berlin", at);
	}

}

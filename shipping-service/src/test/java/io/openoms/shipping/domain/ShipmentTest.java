package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShipmentTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	private static final ShippingAddress ADDRESS = new ShippingAddress("Ada Lovelace", "Main St 1", null, "10115",
			"Berlin", "DE");

	private static final Label LABEL = new Label("SIMPOST", "SP000000000001", "https://track.example/SP000000000001",
			NOW.plusSeconds(30));

	private final UUID orderId = UUID.randomUUID();

	private final Shipment shipment = Shipment.create(UUID.randomUUID(), this.orderId, "WH-BERLIN", ADDRESS,
			List.of(new ShipmentLine("MUG-LOGO", 2)), NOW);

	@Test
	void newShipmentIsCreatedAndAsksTheCarrierForItsParcel() {
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.CREATED);
		assertThat(this.shipment.labelRequest()).isEqualTo(new LabelRequest(this.shipment.id(), this.orderId,
				"WH-BERLIN", ADDRESS, List.of(new ShipmentLine("MUG-LOGO", 2))));
	}

	@Test
	void bookedLabelDispatchesTheShipment() {
		ShipmentEvent.Dispatched event = this.shipment.dispatch(LABEL, NOW.plusSeconds(1));

		assertThat(event).isEqualTo(new ShipmentEvent.Dispatched(this.shipment.id(), this.orderId, "SIMPOST",
				"SP000000000001", "https://track.example/SP000000000001", NOW.plusSeconds(1)));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DISPATCHED);
		assertThat(this.shipment.snapshot().label()).isEqualTo(LABEL);
	}

	@Test
	void dispatchedShipmentIsDelivered() {
		this.shipment.dispatch(LABEL, NOW);

		ShipmentEvent.Delivered event = this.shipment.markDelivered(NOW.plusSeconds(30));

		assertThat(event).isEqualTo(new ShipmentEvent.Delivered(this.shipment.id(), this.orderId, NOW.plusSeconds(30)));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(this.shipment.snapshot().deliveredAt()).isEqualTo(NOW.plusSeconds(30));
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
		assertThatThrownBy(() -> Shipment.create(UUID.randomUUID(), this.orderId, " ", ADDRESS,
				List.of(new ShipmentLine("MUG-LOGO", 1)), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Shipment.create(UUID.randomUUID(), this.orderId, "WH-BERLIN", ADDRESS, List.of(), NOW))
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
		ShipmentEvent event = this.shipment.recordBooking(new BookingResult.Refused("SIMPOST does not deliver to AQ"),
				NOW);

		assertThat(event).isEqualTo(new ShipmentEvent.BookingFailed(this.shipment.id(), this.orderId,
				"SIMPOST does not deliver to AQ", NOW));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.FAILED);
		assertThat(this.shipment.snapshot().reason()).isEqualTo("SIMPOST does not deliver to AQ");
		assertThat(this.shipment.snapshot().failedAt()).isEqualTo(NOW);
		assertThat(this.shipment.snapshot().label()).isNull();
	}

	@Test
	void bookedLabelRecordedAsBookingDispatches() {
		ShipmentEvent event = this.shipment.recordBooking(new BookingResult.Booked(LABEL), NOW);

		assertThat(event).isInstanceOf(ShipmentEvent.Dispatched.class);
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DISPATCHED);
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
	void undeliverableParcelIsReturnedNotDelivered() {
		this.shipment.dispatch(LABEL, NOW);

		ShipmentEvent event = this.shipment.recordDelivery(new DeliveryOutcome.Undeliverable("no such street"),
				NOW.plusSeconds(30));

		assertThat(event).isEqualTo(
				new ShipmentEvent.Returned(this.shipment.id(), this.orderId, "no such street", NOW.plusSeconds(30)));
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.RETURNED);
		assertThat(this.shipment.snapshot().deliveredAt()).isNull();
		assertThat(this.shipment.snapshot().returnedAt()).isEqualTo(NOW.plusSeconds(30));
		assertThatThrownBy(() -> this.shipment.markDelivered(NOW))
			.isInstanceOf(IllegalShipmentTransitionException.class)
			.hasMessageContaining("RETURNED to DELIVERED");
	}

	@Test
	void deliveredOutcomeDeliversTheParcel() {
		this.shipment.dispatch(LABEL, NOW);

		assertThat(this.shipment.recordDelivery(new DeliveryOutcome.Delivered(), NOW))
			.isInstanceOf(ShipmentEvent.Delivered.class);
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
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
	void deliveredOrReturnedParcelHasNothingToRecall() {
		this.shipment.dispatch(LABEL, NOW);
		this.shipment.markDelivered(NOW);

		assertThat(this.shipment.recall("order cancelled", NOW)).isFalse();
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
	}

	@Test
	void failuresNeedAReason() {
		assertThatThrownBy(() -> new BookingResult.Refused(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeliveryOutcome.Undeliverable(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.shipment.failBooking("", NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.shipment.status()).isEqualTo(ShipmentStatus.CREATED);
	}

	@Test
	void restoredShipmentIsTheSameAsTheStoredOne() {
		this.shipment.dispatch(LABEL, NOW);

		assertThat(Shipment.restore(this.shipment.snapshot()).snapshot()).isEqualTo(this.shipment.snapshot());
	}

}

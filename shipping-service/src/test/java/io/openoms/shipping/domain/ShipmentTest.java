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
	void restoredShipmentIsTheSameAsTheStoredOne() {
		this.shipment.dispatch(LABEL, NOW);

		assertThat(Shipment.restore(this.shipment.snapshot()).snapshot()).isEqualTo(this.shipment.snapshot());
	}

}

package io.openoms.shipping.domain;

import java.util.Objects;

import io.openoms.contracts.Money;

/** What {@link RateCard} chose for a parcel: a carrier's service, or none. */
public sealed interface CarrierChoice {

	/** Why the choice fell as it did, in words an operator understands. */
	String reason();

	/**
	 * A carrier's service that takes the parcel.
	 *
	 * @param carrier the carrier's name, for example {@code SIMPOST}
	 * @param service the service level
	 * @param cost what the label costs
	 * @param reason why this service
	 */
	record Chosen(String carrier, ServiceLevel service, Money cost, String reason) implements CarrierChoice {

		public Chosen {
			Objects.requireNonNull(carrier, "carrier");
			Objects.requireNonNull(service, "service");
			Objects.requireNonNull(cost, "cost");
			Objects.requireNonNull(reason, "reason");
		}

	}

	/**
	 * No service of any carrier takes the parcel, for example one too heavy for a
	 * destination outside the EU.
	 *
	 * @param reason why
	 */
	record Unavailable(String reason) implements CarrierChoice {

		public Unavailable {
			Shipment.requireReason(reason);
		}

	}

}

package io.openoms.shipping.domain;

/**
 * What became of a dispatched parcel when the carrier tried to deliver it.
 */
public sealed interface DeliveryOutcome {

	/** The parcel reached the customer. */
	record Delivered() implements DeliveryOutcome {

	}

	/**
	 * The carrier could not deliver the parcel and sends it back to the warehouse.
	 *
	 * @param reason why, in words an operator understands
	 */
	record Undeliverable(String reason) implements DeliveryOutcome {

		public Undeliverable {
			Shipment.requireReason(reason);
		}

	}

}

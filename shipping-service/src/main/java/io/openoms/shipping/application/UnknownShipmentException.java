package io.openoms.shipping.application;

/** A carrier reported about a tracking number that belongs to no shipment of ours. */
public class UnknownShipmentException extends RuntimeException {

	public UnknownShipmentException(String carrier, String trackingNumber) {
		super("no shipment has " + carrier + " tracking number " + trackingNumber);
	}

}

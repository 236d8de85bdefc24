package io.openoms.shipping.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.shipping.domain.Shipment;

/** Where shipments are kept. */
public interface Shipments {

	/**
	 * Stores the new shipments of an order unless the order already has shipments. A
	 * concurrent add for the same order waits for the first to commit, then finds them.
	 * @param correlationId the correlation id of the request that led to the shipments,
	 * carried on to the events they publish later
	 * @return false if the order already has shipments; nothing was stored
	 */
	boolean addAllIfFirstForOrder(List<Shipment> shipments, UUID correlationId);

	/** Writes the shipment's new state and any new entries of its tracking history. */
	void update(Shipment shipment);

	Optional<Shipment> findById(UUID id);

	List<Shipment> findByOrderId(UUID orderId);

	/**
	 * All shipments of the order, locked until the transaction ends, always in the same
	 * order (so two transactions locking one order never deadlock).
	 */
	List<Tracked> lockByOrderId(UUID orderId);

	/** The order of the shipment that has this carrier's tracking number. */
	Optional<UUID> orderIdOfTrackingNumber(String carrier, String trackingNumber);

	/** Whether a tracking report with this carrier event id was recorded before. */
	boolean trackingEventRecorded(String carrier, String carrierEventId);

	/** A shipment with the correlation id its events carry. */
	record Tracked(Shipment shipment, UUID correlationId) {
	}

}

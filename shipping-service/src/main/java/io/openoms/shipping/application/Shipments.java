package io.openoms.shipping.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

	/**
	 * Writes what changed in the shipment since it was added or found: its new state (one
	 * statement, none if only its history changed) and the new entries of its tracking
	 * history (one statement for all).
	 */
	void update(Shipment shipment);

	Optional<Shipment> findById(UUID id);

	List<Shipment> findByOrderId(UUID orderId);

	/**
	 * All shipments of the order, locked until the transaction ends, always in the same
	 * order (so two transactions locking one order never deadlock).
	 */
	List<Tracked> lockByOrderId(UUID orderId);

	/**
	 * All shipments of the order of the parcel that has this carrier's tracking number,
	 * locked as by {@link #lockByOrderId}, and which of the given carrier event ids are
	 * recorded already for any parcel of the carrier (read after the lock is held).
	 * @return no shipments if no parcel has this tracking number
	 */
	LockedForTracking lockByTrackingNumber(String carrier, String trackingNumber, Collection<String> carrierEventIds);

	/**
	 * The shipments of an order, locked, and the carrier event ids already recorded.
	 *
	 * @param shipments all shipments of the order, empty if none was found
	 * @param recordedEventIds those of the carrier event ids asked about that are
	 * recorded already
	 */
	record LockedForTracking(List<Tracked> shipments, Set<String> recordedEventIds) {
	}

	/** A shipment with the correlation id its events carry. */
	record Tracked(Shipment shipment, UUID correlationId) {
	}

}

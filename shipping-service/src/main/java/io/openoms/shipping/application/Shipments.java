package io.openoms.shipping.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.shipping.domain.Shipment;

/** Where shipments are kept. */
public interface Shipments {

	/**
	 * Stores a new shipment unless its order already has one. A concurrent add for the
	 * same order waits for the first to commit, then finds it.
	 * @param correlationId the correlation id of the request that led to the shipment,
	 * carried on to the events it publishes later
	 * @return false if the order already has a shipment; nothing was stored
	 */
	boolean addIfFirstForOrder(Shipment shipment, UUID correlationId);

	/** Writes the shipment's new state. */
	void update(Shipment shipment);

	Optional<Shipment> findById(UUID id);

	List<Shipment> findByOrderId(UUID orderId);

	/**
	 * The order's shipment, locked until the transaction ends; waits for a delivery poll
	 * that holds it.
	 */
	Optional<Shipment> lockByOrderId(UUID orderId);

	/**
	 * Dispatched shipments whose expected delivery time has come, oldest first, locked
	 * until the transaction ends. Rows another instance has locked are skipped, not
	 * waited for.
	 */
	List<Tracked> lockDueForDelivery(Instant now, int limit);

	/** A shipment with the correlation id its events carry. */
	record Tracked(Shipment shipment, UUID correlationId) {
	}

}

package io.openoms.order.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.order.domain.Order;

/** Where orders are kept. */
public interface Orders {

	void add(Order order);

	/** Writes the order's new state and history entries. */
	void update(Order order);

	Optional<Order> findById(UUID id);

	/**
	 * Loads the order and locks it until the transaction ends, so transitions never
	 * interleave.
	 */
	Optional<Order> lockById(UUID id);

	/**
	 * Appends a note to the order's history without loading the order: a note changes no
	 * state and is never changed, so nothing needs deciding. Locks the order like a
	 * transition, so note numbers never collide.
	 * @return false if there is no such order
	 */
	boolean appendNote(UUID orderId, String text, Instant at);

	/**
	 * The orders the query selects, newest first by (creation time, id), at most its
	 * limit.
	 */
	List<Order> search(OrderQuery query);

}

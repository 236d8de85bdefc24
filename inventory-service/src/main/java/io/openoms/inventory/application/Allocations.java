package io.openoms.inventory.application;

import java.util.Optional;
import java.util.UUID;

import io.openoms.inventory.domain.Allocation;

/** The allocations, at most one per order. */
public interface Allocations {

	Optional<Allocation> findByOrderId(UUID orderId);

	/** Finds the order's allocation and locks it until the transaction ends. */
	Optional<Allocation> lockByOrderId(UUID orderId);

	void add(Allocation allocation);

	void update(Allocation allocation);

}

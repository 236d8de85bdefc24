package io.openoms.inventory.application;

import io.openoms.inventory.domain.Allocation;
import io.openoms.messaging.Causation;

/**
 * Announces an allocation's decision to the other services, in the caller's transaction.
 */
public interface AllocationEventPublisher {

	void decided(Allocation allocation, Causation causation);

}

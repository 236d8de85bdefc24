package io.openoms.contracts.order;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * The order's stock is reserved; shipping-service ships it.
 *
 * @param orderId the order
 * @param allocationId the allocation that reserved the stock
 * @param warehouse the warehouse the parcel leaves from
 * @param lines what to ship
 * @param shippingAddress where to ship it
 */
public record OrderAllocated(UUID orderId, UUID allocationId, String warehouse, List<OrderLine> lines,
		ShippingAddress shippingAddress) implements EventPayload {
}

package io.openoms.contracts.order;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Nullable;
import io.openoms.contracts.inventory.AllocatedLine;

/**
 * The order's stock is reserved; shipping-service ships it.
 *
 * @param orderId the order
 * @param allocationId the allocation that reserved the stock
 * @param warehouse the warehouse the parcel leaves from
 * @param lines what to ship
 * @param shippingAddress where to ship it
 * @param allocatedLines the allocation's lines as inventory-service reported them, each
 * with the warehouse its units are reserved in when the allocation spans several
 * warehouses; shipping-service sends one parcel per warehouse. Null (old producers) or a
 * line without a warehouse means every line leaves from {@code warehouse}
 */
public record OrderAllocated(UUID orderId, UUID allocationId, String warehouse, List<OrderLine> lines,
		ShippingAddress shippingAddress, @Nullable List<AllocatedLine> allocatedLines) implements EventPayload {
}

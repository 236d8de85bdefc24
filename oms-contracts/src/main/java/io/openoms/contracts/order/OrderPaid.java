package io.openoms.contracts.order;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * order-service accepted the payment; inventory-service allocates the lines.
 *
 * @param orderId the order
 * @param paymentId the payment that paid it
 * @param lines what to allocate
 */
public record OrderPaid(UUID orderId, UUID paymentId, List<OrderLine> lines) implements EventPayload {
}

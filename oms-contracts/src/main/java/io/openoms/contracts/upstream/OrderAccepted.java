package io.openoms.contracts.upstream;

import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * order-service placed the order an upstream system sent with {@link OrderPlaced}; sent
 * again, with the same order, when the upstream repeats the event. From here on the
 * order's progress is on the public status topic, keyed by the same id.
 *
 * @param channel the upstream system
 * @param reference the upstream's own order reference
 * @param omsOrderId the OMS order id (equal to {@link #orderId()})
 * @param total the total the OMS priced the order at
 */
public record OrderAccepted(String channel, String reference, UUID omsOrderId, Money total) implements UpstreamOrder {
}

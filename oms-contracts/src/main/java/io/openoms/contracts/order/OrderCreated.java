package io.openoms.contracts.order;

import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Nullable;

/**
 * An order was accepted and priced; payment-service charges it.
 *
 * @param orderId the order
 * @param customerId who placed it
 * @param lines what was ordered, priced
 * @param total the amount to charge
 * @param paymentMethod the payment method token to charge, for example
 * {@code pm_card_visa}
 * @param shippingAddress where it goes
 * @param priority how urgently the order is to be fulfilled; null (from producers older
 * than this component) means {@link OrderPriority#STANDARD}
 */
public record OrderCreated(UUID orderId, String customerId, List<OrderLine> lines, Money total, String paymentMethod,
		ShippingAddress shippingAddress, @Nullable OrderPriority priority) implements EventPayload {
}

package io.openoms.contracts.upstream;

import java.util.List;

import io.openoms.contracts.Nullable;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.contracts.order.ShippingAddress;

/**
 * An upstream system took an order and hands it to the OMS. order-service validates and
 * prices it exactly as an order placed over HTTP (clients never send prices) and answers
 * with {@link OrderAccepted} or {@link OrderRejected}. A repeated event (same channel and
 * reference) places no second order.
 *
 * @param channel the upstream system, such as {@code webshop-de}
 * @param reference the upstream's own order reference, unique within the channel
 * @param customerId who placed it
 * @param lines what was ordered: SKUs and quantities, no prices
 * @param shippingAddress where it goes
 * @param paymentMethod the payment method token to charge, such as {@code pm_card_visa}
 * @param priority how urgently to fulfil it; null means {@link OrderPriority#STANDARD}
 */
public record OrderPlaced(String channel, String reference, String customerId, List<OrderedLine> lines,
		ShippingAddress shippingAddress, String paymentMethod,
		@Nullable OrderPriority priority) implements UpstreamOrder {

	/**
	 * One line as the upstream ordered it.
	 *
	 * @param sku the product
	 * @param quantity how many, at least 1
	 */
	public record OrderedLine(String sku, int quantity) {
	}

}

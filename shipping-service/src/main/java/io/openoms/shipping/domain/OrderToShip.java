package io.openoms.shipping.domain;

import java.util.Map;
import java.util.UUID;

/**
 * What shipping-service keeps of an order when it is created, to ship it later: how fast
 * it is to go and what its products weigh.
 *
 * @param orderId the order
 * @param service EXPRESS for an express order, STANDARD otherwise
 * @param unitWeightsGrams the weight of one unit per SKU, where order-service knew it
 */
public record OrderToShip(UUID orderId, ServiceLevel service, Map<String, Integer> unitWeightsGrams) {

	public OrderToShip {
		unitWeightsGrams = Map.copyOf(unitWeightsGrams);
	}

	/** An order shipping-service never saw created: standard, weights unknown. */
	public static OrderToShip unknown(UUID orderId) {
		return new OrderToShip(orderId, ServiceLevel.STANDARD, Map.of());
	}

}

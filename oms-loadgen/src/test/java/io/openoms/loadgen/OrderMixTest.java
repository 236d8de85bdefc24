package io.openoms.loadgen;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OrderMixTest {

	@Test
	void mixesDeclinedAndOutOfStockOrdersInTheConfiguredSharesAcrossManyCustomersAndSkus() {
		OrderMix mix = new OrderMix(7, 0.1, 0.05, 1000);
		Map<OrderMix.Kind, Integer> kinds = new EnumMap<>(OrderMix.Kind.class);
		Set<String> customers = new HashSet<>();
		Set<String> skus = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			OrderMix.PlannedOrder order = mix.next();
			kinds.merge(order.kind(), 1, Integer::sum);
			customers.add(order.customerId());
			order.lines().forEach((line) -> skus.add(line.sku()));
		}

		assertThat(kinds.get(OrderMix.Kind.DECLINED)).isBetween(900, 1100);
		assertThat(kinds.get(OrderMix.Kind.OUT_OF_STOCK)).isBetween(420, 580);
		assertThat(customers).hasSizeGreaterThan(990);
		assertThat(skus).containsAll(OrderMix.PLENTIFUL_SKUS).contains(OrderMix.LIMITED_SKU);
	}

	@Test
	void writesAPlaceOrderBodyThatNeverWaitsForStock() {
		OrderMix mix = new OrderMix(1, 0, 1, 10);

		JsonNode body = JsonMapper.builder().build().readTree(mix.next().json());

		assertThat(body.path("lines").get(0).path("sku").asString()).isEqualTo("POSTER-LIMITED");
		assertThat(body.path("lines").get(0).path("quantity").asInt()).isEqualTo(1000);
		assertThat(body.path("paymentMethod").asString()).isEqualTo("pm_card_visa");
		assertThat(body.path("backorder").asString()).isEqualTo("REJECT");
		assertThat(body.path("shippingAddress").path("country").asString()).isEqualTo("DE");
	}

}

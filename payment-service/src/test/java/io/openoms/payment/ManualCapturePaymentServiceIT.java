package io.openoms.payment;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.openoms.contracts.EventEnvelope;

import io.openoms.contracts.order.OrderShipped;

import io.openoms.testsupport.ServiceTestProperties;

import org.springframework.boot.test.context.SpringBootTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Authorize-then-capture ({@code oms.payment.capture-method=manual}): the money is held
 * when the order is placed, taken when it ships, and released instead of refunded when
 * the order is cancelled before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.config.name=" + PaymentServiceApplication.CONFIG_NAME, "oms.payment.capture-method=manual" })
class ManualCapturePaymentServiceIT extends PaymentServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "payments_manual");
	}

	@Test
	void placedOrderIsAuthorizedAndCapturedOnceWhenItShips() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentAuthorized"));
		assertThat(this.payments.charge(orderId).path("status").asString()).isEqualTo("AUTHORIZED");
		assertThat(this.payments.charge(orderId).path("captureMethod").asString()).isEqualTo("MANUAL");
		this.payments.assertSummary(orderId, 0, 0, 0);
		EventEnvelope<OrderShipped> shipped = PaymentsDriver.orderShipped(orderId);
		EventEnvelope<OrderShipped> shippedAgain = PaymentsDriver.orderShipped(orderId);

		this.payments.publish(shipped);
		this.payments.publish(shipped);
		this.payments.publish(shippedAgain);

		await().atMost(PATIENCE).until(() -> this.payments.processed(shippedAgain.eventId()));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentAuthorized",
					"PaymentCaptured"));
		JsonNode charge = this.payments.charge(orderId);
		assertThat(charge.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(charge.path("gatewayCalls").valueStream().map((call) -> call.path("operation").asString()))
			.containsExactly("CHARGE", "CAPTURE");
		this.payments.assertSummary(orderId, 1998, 0, 1998);
	}

	@Test
	void orderCancelledBeforeShippingReleasesTheHoldAndRefundsNothing() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));
		this.payments.publish(PaymentsDriver.orderCancelled(orderId, "PAID", "cancelled by the customer"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentAuthorized",
					"PaymentAuthorizationCancelled"));
		JsonNode released = this.payments.payloadsOf(orderId, "PaymentAuthorizationCancelled").get(0);
		assertThat(released.path("reason").asString()).isEqualTo("order cancelled: cancelled by the customer");
		assertThat(this.payments.payments(orderId)).hasSize(1);
		assertThat(this.payments.charge(orderId).path("status").asString()).isEqualTo("CANCELED");
		this.payments.assertSummary(orderId, 0, 0, 0);
	}

	@Test
	void shippedThenReturnedOrderIsCapturedThenRefunded() throws Exception {
		UUID orderId = UUID.randomUUID();
		this.payments.publish(PaymentsDriver.orderCreated(orderId, "pm_card_visa"));
		this.payments.publish(PaymentsDriver.orderShipped(orderId));
		this.payments.publish(PaymentsDriver.orderCancelled(orderId, "SHIPPED", "shipment failed: undeliverable"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.payments.typesOf(orderId)).containsExactly("PaymentAuthorized",
					"PaymentCaptured", "PaymentRefunded"));
		this.payments.assertSummary(orderId, 1998, 1998, 0);
	}

}

package io.openoms.loadgen;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Topics;
import io.openoms.contracts.upstream.OrderPlaced;
import io.openoms.contracts.upstream.UpstreamOrder;
import io.openoms.messaging.EventCodec;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamOrderChannelTest {

	private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
			new ByteArraySerializer());

	private final OrderMix.PlannedOrder order = new OrderMix(7, 0, 0, 10).next();

	@Test
	void publishesOrderPlacedKeyedByTheDerivedIdInAnEnvelopeOrderServicesCodecReads() {
		try (UpstreamOrderChannel channel = new UpstreamOrderChannel(this.producer, "run-1", Duration.ofSeconds(5))) {
			channel.place(this.order);

			ProducerRecord<String, byte[]> record = this.producer.history().get(0);
			UUID orderId = UpstreamOrder.orderIdOf(UpstreamOrderChannel.CHANNEL, "run-1-0");
			assertThat(record.topic()).isEqualTo(Topics.UPSTREAM_ORDERS);
			assertThat(record.key()).isEqualTo(orderId.toString());
			EventEnvelope<?> envelope = new EventCodec(JsonMapper.builder().build()).decode(record.value());
			assertThat(envelope.type()).isEqualTo("OrderPlaced");
			assertThat(envelope.orderId()).isEqualTo(orderId);
			OrderPlaced placed = (OrderPlaced) envelope.payload();
			assertThat(placed.customerId()).isEqualTo(this.order.customerId());
			assertThat(placed.paymentMethod()).isEqualTo(this.order.paymentMethod());
			assertThat(placed.lines()).extracting(OrderPlaced.OrderedLine::sku)
				.containsExactlyElementsOf(this.order.lines().stream().map(OrderMix.Line::sku).toList());
			assertThat(placed.shippingAddress().country()).isEqualTo("DE");
		}
	}

	@Test
	void anOrderAcceptedAnswerCompletesThePlacementWithTheOrderIdAndTheBrokersAcknowledgement() {
		try (UpstreamOrderChannel channel = new UpstreamOrderChannel(this.producer, "run-1", Duration.ofSeconds(5))) {
			CompletableFuture<OrderChannel.Placement> placement = channel.place(this.order);
			UUID orderId = UpstreamOrder.orderIdOf(UpstreamOrderChannel.CHANNEL, "run-1-0");
			assertThat(placement).isNotDone();

			channel.onAnswer(answer(orderId, "OrderAccepted", "\"omsOrderId\":\"" + orderId + "\""));

			assertThat(placement.join().accepted()).isTrue();
			assertThat(placement.join().orderId()).isEqualTo(orderId.toString());
			assertThat(placement.join().producedNanos()).isPositive();
			assertThat(channel.unanswered()).isZero();
		}
	}

	@Test
	void anOrderRejectedAnswerNamesTheFieldsAndAnswersOfOtherOrdersAreIgnored() {
		try (UpstreamOrderChannel channel = new UpstreamOrderChannel(this.producer, "run-1", Duration.ofSeconds(5))) {
			CompletableFuture<OrderChannel.Placement> placement = channel.place(this.order);
			UUID orderId = UpstreamOrder.orderIdOf(UpstreamOrderChannel.CHANNEL, "run-1-0");

			channel.onAnswer(answer(UUID.randomUUID(), "OrderAccepted", "\"omsOrderId\":\"x\""));
			channel.onAnswer("not json".getBytes(StandardCharsets.UTF_8));
			assertThat(placement).isNotDone();
			channel.onAnswer(answer(orderId, "OrderRejected",
					"\"reasons\":[{\"field\":\"lines[0].sku\",\"message\":\"unknown\"},{\"field\":\"customerId\"}]"));

			assertThat(placement.join().accepted()).isFalse();
			assertThat(placement.join().failure()).isEqualTo("OrderRejected: lines[0].sku, customerId");
		}
	}

	@Test
	void aPlacementNotAnsweredInTimeCountsAsNotAnswered() {
		try (UpstreamOrderChannel channel = new UpstreamOrderChannel(this.producer, "run-1", Duration.ofMillis(50))) {
			OrderChannel.Placement placement = channel.place(this.order).join();

			assertThat(placement.accepted()).isFalse();
			assertThat(placement.failure()).startsWith("no OrderAccepted or OrderRejected within");
			assertThat(channel.unanswered()).isZero();
		}
	}

	@Test
	void aPlacementTheBrokerRefusesIsNotAccepted() {
		MockProducer<String, byte[]> manual = new MockProducer<>(false, null, new StringSerializer(),
				new ByteArraySerializer());
		try (UpstreamOrderChannel channel = new UpstreamOrderChannel(manual, "run-1", Duration.ofSeconds(5))) {
			CompletableFuture<OrderChannel.Placement> placement = channel.place(this.order);

			manual.errorNext(new org.apache.kafka.common.errors.TimeoutException("expired"));

			assertThat(placement.join().failure()).isEqualTo("not produced: TimeoutException");
		}
	}

	@Test
	void referencesAreUniquePerRunAndFitTheReferenceColumn() {
		assertThat(UpstreamOrderChannel.reference("Cold Start/200", 1_700_000_000_000L))
			.isEqualTo("cold-start-200-loyw3v28");
		assertThat(UpstreamOrderChannel.reference("x".repeat(80), 1L)).hasSize(42);
		assertThat(UpstreamOrderChannel.reference("a", 1L)).isNotEqualTo(UpstreamOrderChannel.reference("a", 2L));
	}

	@Test
	void theChannelIsChosenByName() {
		assertThat(List.of("http", "upstream", "upstream-topic")).map(OrderChannel.Kind::of)
			.containsExactly(OrderChannel.Kind.HTTP, OrderChannel.Kind.UPSTREAM_TOPIC,
					OrderChannel.Kind.UPSTREAM_TOPIC);
	}

	private static byte[] answer(UUID orderId, String type, String payload) {
		return ("{\"type\":\"" + type + "\",\"orderId\":\"" + orderId + "\",\"producer\":\"order-service\","
				+ "\"payload\":{\"channel\":\"oms-bench\",\"reference\":\"run-1-0\"," + payload + "}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}

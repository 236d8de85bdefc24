package io.openoms.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.Money;
import io.openoms.contracts.Topics;
import io.openoms.messaging.EventCodec;
import io.openoms.testsupport.TestEvents;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a test that drives inventory-service through its topics needs on top of the shared
 * context: order events published as order-service would, what inventory-service
 * publishes recorded, and the ledger checked after each test.
 */
abstract class InventoryMessagingTestContext extends InventoryTestContext {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final JsonMapper json = JsonMapper.builder().build();

	private static TopicRecorder topics;

	@Autowired
	EventCodec codec;

	@BeforeAll
	static void recordTopics() {
		topics = TopicRecorder.start(Topics.INVENTORY_EVENTS, Topics.STOCK_ALERTS,
				Topics.deadLetterTopicOf(Topics.ORDER_EVENTS));
	}

	@AfterAll
	static void stopRecording() {
		topics.close();
	}

	@AfterEach
	void ledgerStillAddsUp() {
		assertLevelsEqualTheirMovements();
	}

	/** What inventory-service published, and the order events it dead-lettered. */
	static TopicRecorder topics() {
		return topics;
	}

	static <P extends EventPayload> EventEnvelope<P> envelope(P payload) {
		UUID id = UUID.randomUUID();
		return new EventEnvelope<>(id, payload.getClass().getSimpleName(), 1, payload.orderId(), Instant.now(),
				UUID.randomUUID(), id, "order-service", payload);
	}

	/** Publish an order event as order-service would. */
	void publish(EventEnvelope<?> envelope) {
		TestEvents.publish(Topics.ORDER_EVENTS, envelope.orderId().toString(), this.codec.encode(envelope));
	}

	/** The events inventory-service published about an order, in their order. */
	List<JsonNode> eventsOf(UUID orderId) {
		return topics.records(Topics.INVENTORY_EVENTS)
			.stream()
			.filter((record) -> orderId.toString().equals(record.key()))
			.map((record) -> json.readTree(record.value()))
			.toList();
	}

	String allocationStatus(UUID orderId) {
		return this.jdbc.sql("select status from allocation where order_id = ?")
			.param(orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static Money eur(long minor) {
		return new Money(minor, "EUR");
	}

}

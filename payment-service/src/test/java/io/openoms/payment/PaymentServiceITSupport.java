package io.openoms.payment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.openoms.contracts.Topics;
import io.openoms.messaging.EventCodec;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every payment-service integration test needs: the payment topic recorded from
 * before the service starts, and a {@link PaymentsDriver} for the running service.
 * Subclasses are the {@code @SpringBootTest}s, each with its own settings and database.
 */
abstract class PaymentServiceITSupport {

	private static TopicRecorder topics;

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	PaymentsDriver payments;

	@BeforeAll
	static void recordTopics() {
		topics = TopicRecorder.start(Topics.PAYMENT_EVENTS);
	}

	@AfterAll
	static void stopRecording() {
		topics.close();
	}

	@BeforeEach
	void driver() {
		this.payments = new PaymentsDriver(this.port, this.codec, this.jdbc, topics);
	}

}

package io.openoms.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.payment.PaymentSucceeded;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A minimal service that consumes one event type, to test the library as a service uses
 * it.
 */
@SpringBootApplication
class MessagingTestApplication {

	static final List<EventEnvelope<PaymentSucceeded>> handled = new CopyOnWriteArrayList<>();

	@Bean
	EventHandlers testHandlers() {
		return EventHandlers.builder().on(PaymentSucceeded.class, handled::add).build();
	}

}

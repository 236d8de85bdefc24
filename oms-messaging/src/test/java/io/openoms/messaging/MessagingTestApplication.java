package io.openoms.messaging;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.payment.PaymentFailed;
import io.openoms.contracts.payment.PaymentSucceeded;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A minimal service that consumes one event type, to test the library as a service uses
 * it. A web application, as the services are. Its handler can be made to fail for chosen
 * orders, as a broken database or a bug would.
 */
@SpringBootApplication
class MessagingTestApplication {

	static final List<EventEnvelope<PaymentSucceeded>> handled = new CopyOnWriteArrayList<>();

	/**
	 * Orders whose events find the database unreachable for this many more deliveries.
	 */
	static final Map<UUID, AtomicInteger> databaseOutages = new ConcurrentHashMap<>();

	/** Orders whose events hit a bug in the handler, until the fix is deployed. */
	static final Set<UUID> buggy = ConcurrentHashMap.newKeySet();

	/** Payments whose events hit a bug in the handler. */
	static final Set<UUID> buggyPayments = ConcurrentHashMap.newKeySet();

	/** Orders whose events are refused, and the refusal told to their publisher. */
	static final Set<UUID> refused = ConcurrentHashMap.newKeySet();

	@Bean
	EventHandlers testHandlers() {
		return EventHandlers.builder().on(PaymentSucceeded.class, MessagingTestApplication::on).build();
	}

	private static void on(EventEnvelope<PaymentSucceeded> event) {
		AtomicInteger outage = databaseOutages.get(event.orderId());
		if (outage != null && outage.getAndDecrement() > 0) {
			// What DataSourceUtils throws while the pool cannot get a connection.
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}
		if (refused.contains(event.orderId())) {
			throw RejectedEventException.withReplies("payment " + event.payload().paymentId() + " refused",
					List.of(new PaymentFailed(event.orderId(), event.payload().paymentId(), event.payload().amount(),
							"refused", "told to the publisher")));
		}
		if (buggy.contains(event.orderId()) || buggyPayments.contains(event.payload().paymentId())) {
			throw new IllegalStateException("bug: no handling for payment " + event.payload().paymentId());
		}
		// Counted when it commits: a batch rolled back and applied again counts once.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				handled.add(event);
			}
		});
	}

}

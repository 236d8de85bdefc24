package io.openoms.payment.application;

import java.time.Clock;
import java.util.function.Supplier;

import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.GatewayOperation;
import io.openoms.payment.domain.Payment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way payment-service calls the gateway: in three steps, so no database
 * transaction and no row lock is held while Stripe takes its time.
 * <ol>
 * <li>{@link #beforeCall}: in a transaction of its own, claim the payment (a row that
 * says "this call is being made, with this idempotency key") and log the attempt; it
 * commits before the call.</li>
 * <li>{@link #call}: the gateway call. If it throws, the attempt's error is logged in a
 * transaction of its own and the exception goes on (the event is redelivered, the call
 * repeated with the same key).</li>
 * <li>{@link #afterCall}: record the answer and append the events, in the caller's
 * transaction if there is one (the consumer's, which also marks the event processed) or a
 * new one.</li>
 * </ol>
 * If the service dies between the steps, the claimed payment is still pending; the
 * redelivered event finds it and calls again with the same key, and the gateway answers
 * with what it did the first time.
 */
@Component
public class GatewaySteps {

	private final TransactionTemplate separately;

	private final TransactionTemplate joined;

	private final GatewayAttempts attempts;

	private final Clock clock;

	GatewaySteps(PlatformTransactionManager transactions, GatewayAttempts attempts, Clock clock) {
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.joined = new TransactionTemplate(transactions);
		this.attempts = attempts;
		this.clock = clock;
	}

	/** Runs {@code work} in a transaction that commits before the gateway is called. */
	public <T> T beforeCall(Supplier<T> work) {
		return this.separately.execute((status) -> work.get());
	}

	/** Logs, in the current transaction, a call about to be made for the payment. */
	public GatewayAttempt startAttempt(Payment payment, GatewayOperation operation, String idempotencyKey) {
		GatewayAttempt attempt = GatewayAttempt.start(payment.id(), operation, idempotencyKey, this.clock.instant());
		this.attempts.started(attempt);
		return attempt;
	}

	/** Makes the call; logs its failure on its own before rethrowing. */
	public <T> T call(GatewayAttempt attempt, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException ex) {
			this.separately.executeWithoutResult((status) -> this.attempts.finished(attempt.id(),
					"error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), null, this.clock.instant()));
			throw ex;
		}
	}

	/**
	 * Records the answer with {@code work}, in the caller's transaction or a new one;
	 * logs the attempt's result in the same transaction.
	 */
	public <T> T afterCall(GatewayAttempt attempt, String result, String gatewayReference, Supplier<T> work) {
		return this.joined.execute((status) -> {
			this.attempts.finished(attempt.id(), result, gatewayReference, this.clock.instant());
			return work.get();
		});
	}

}

package io.openoms.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.ExceptionMatcher;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Failures of the infrastructure under a consumer rather than of the event or the code:
 * the database is unreachable, restarting, out of connections, or the transaction lost a
 * lock or a serialization conflict. The same delivery succeeds once the infrastructure is
 * back, so these are retried for as long as it takes: giving up would dead-letter an
 * event that was fine, and skipping it would apply the order's later events before it.
 * <p>
 * A failure counts as transient if it, or any exception in its cause chain, is one of
 * these types (subclasses included):
 * <ul>
 * <li>{@link TransientDataAccessException}: query timeouts, lock and serialization
 * conflicts, deadlocks ({@link PessimisticLockingFailureException}), optimistic locking
 * failures, {@code TransientDataAccessResourceException};</li>
 * <li>{@link DataAccessResourceFailureException}: the database cannot be reached or
 * refuses connections ({@code CannotGetJdbcConnectionException}, a broken connection, too
 * many connections, a server shutting down);</li>
 * <li>{@link RecoverableDataAccessException} and {@link CannotCreateTransactionException}
 * (no connection to begin the transaction with);</li>
 * <li>{@link SQLTransientException} and {@link SQLRecoverableException}, for JDBC errors
 * that were not translated (a pool's connection timeout, say);</li>
 * <li>any exception marked {@link DependencyUnavailable}: a gateway or carrier that is
 * down, called with an idempotency key.</li>
 * </ul>
 * Except SQL state class 54, "program limit exceeded" (a row too large for an index, a
 * statement too complex): Spring translates it to a resource failure as well, but no
 * retry will ever fix it, so retrying it without limit would block its partition for
 * good.
 */
final class TransientFailures {

	private static final ExceptionMatcher MATCHER = ExceptionMatcher.forAllowList()
		.add(TransientDataAccessException.class)
		.add(DataAccessResourceFailureException.class)
		.add(RecoverableDataAccessException.class)
		.add(CannotCreateTransactionException.class)
		.add(SQLTransientException.class)
		.add(SQLRecoverableException.class)
		.traverseCauses(true)
		.build();

	private TransientFailures() {
	}

	static boolean isTransient(Throwable failure) {
		return (MATCHER.match(failure) && !exceedsAProgramLimit(failure)) || dependencyUnavailable(failure);
	}

	private static boolean dependencyUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DependencyUnavailable) {
				return true;
			}
		}
		return false;
	}

	private static boolean exceedsAProgramLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("54")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Exponential back-off without a limit on attempts or time, capped at
	 * {@code maxInterval} between attempts.
	 */
	static BackOff retryForever(Duration initialInterval, Duration maxInterval) {
		ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), 2.0);
		backOff.setMaxInterval(maxInterval.toMillis());
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		backOff.setMaxAttempts(Long.MAX_VALUE);
		return backOff;
	}

}

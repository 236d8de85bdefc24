package io.openoms.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are retried for as long as they last: those of the infrastructure, not
 * those of the event or the code.
 */
class TransientFailuresTest {

	@Test
	void anUnreachableDatabaseIsTransient() {
		assertThat(
				TransientFailures.isTransient(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("Connection is not available"))))
			.isTrue();
		assertThat(TransientFailures.isTransient(new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction", new SQLException("Connection refused", "08001"))))
			.isTrue();
	}

	@Test
	void lockConflictsAndTimeoutsAreTransient() {
		assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock timeout"))).isTrue();
		assertThat(TransientFailures.isTransient(new QueryTimeoutException("statement timeout"))).isTrue();
	}

	@Test
	void aTransientCauseWrappedByAHandlerIsStillTransient() {
		assertThat(TransientFailures.isTransient(new IllegalStateException("could not load the order",
				new DataAccessResourceFailureException("I/O error", new SQLException("broken pipe", "08006")))))
			.isTrue();
	}

	@Test
	void anUnavailableGatewayIsTransientEvenWhenWrapped() {
		class GatewayDown extends RuntimeException implements DependencyUnavailable {

		}

		assertThat(TransientFailures.isTransient(new GatewayDown())).isTrue();
		assertThat(TransientFailures.isTransient(new IllegalStateException("handler failed", new GatewayDown())))
			.isTrue();
	}

	@Test
	void bugsRejectionsAndBrokenConstraintsAreNot() {
		assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
		assertThat(TransientFailures.isTransient(new RejectedEventException("not valid JSON"))).isFalse();
		assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("duplicate key"))).isFalse();
	}

	@Test
	void anExceededProgramLimitIsNotTransientAlthoughSpringCallsItAResourceFailure() {
		assertThat(
				TransientFailures.isTransient(new DataAccessResourceFailureException("index row size exceeds maximum",
						new SQLException("index row size 3000 exceeds btree maximum", "54000"))))
			.isFalse();
	}

	@Test
	void retryingForeverNeverStopsAndIsCapped() {
		BackOffExecution execution = TransientFailures.retryForever(Duration.ofMillis(200), Duration.ofSeconds(10))
			.start();
		long last = 0;
		for (int attempt = 0; attempt < 10_000; attempt++) {
			last = execution.nextBackOff();
			assertThat(last).isNotEqualTo(BackOffExecution.STOP);
		}
		assertThat(last).isEqualTo(10_000);
	}

}

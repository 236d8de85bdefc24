package io.openoms.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.payment.application.GatewayAttempts;
import io.openoms.payment.domain.GatewayAttempt;
import io.openoms.payment.domain.GatewayOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGatewayAttempts implements GatewayAttempts {

	private final JdbcClient jdbc;

	JdbcGatewayAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void started(GatewayAttempt attempt) {
		this.jdbc.sql("""
				insert into payment_attempt (id, payment_id, operation, idempotency_key, started_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(attempt.id(), attempt.paymentId(), attempt.operation().name(), attempt.idempotencyKey(),
					Timestamp.from(attempt.startedAt()))
			.update();
	}

	@Override
	public void finished(UUID attemptId, String result, String gatewayReference, Instant at) {
		this.jdbc.sql("update payment_attempt set finished_at = ?, result = ?, gateway_reference = ? where id = ?")
			.params(Timestamp.from(at), result, gatewayReference, attemptId)
			.update();
	}

	@Override
	public List<GatewayAttempt> ofOrder(UUID orderId) {
		return this.jdbc.sql("""
				select a.* from payment_attempt a join payment p on p.id = a.payment_id
				where p.order_id = ? order by a.started_at, a.id
				""").param(orderId).query(JdbcGatewayAttempts::attempt).list();
	}

	private static GatewayAttempt attempt(ResultSet rs, int n) throws SQLException {
		Timestamp finishedAt = rs.getTimestamp("finished_at");
		return new GatewayAttempt(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class),
				GatewayOperation.valueOf(rs.getString("operation")), rs.getString("idempotency_key"),
				rs.getTimestamp("started_at").toInstant(), (finishedAt != null) ? finishedAt.toInstant() : null,
				rs.getString("result"), rs.getString("gateway_reference"));
	}

}

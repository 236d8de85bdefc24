package io.openoms.payment.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import io.openoms.payment.application.GatewayNotifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGatewayNotifications implements GatewayNotifications {

	private final JdbcClient jdbc;

	JdbcGatewayNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean recordIfFirst(String notificationId, String type, Instant at) {
		// A concurrent delivery of the same event waits here for the first to commit.
		return this.jdbc.sql("""
				insert into gateway_notification (id, type, received_at, outcome) values (?, ?, ?, 'RECEIVED')
				on conflict (id) do nothing
				""").params(notificationId, type, Timestamp.from(at)).update() == 1;
	}

	@Override
	public void recordOutcome(String notificationId, String outcome) {
		this.jdbc.sql("update gateway_notification set outcome = ? where id = ?")
			.params(outcome, notificationId)
			.update();
	}

}

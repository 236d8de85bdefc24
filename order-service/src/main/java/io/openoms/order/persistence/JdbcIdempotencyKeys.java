package io.openoms.order.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.openoms.order.application.IdempotencyKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency_key table. Its primary key makes concurrent claims of one key wait for
 * each other: {@code on conflict do nothing} waits for the transaction holding the key
 * and then sees its outcome.
 */
@Repository
class JdbcIdempotencyKeys implements IdempotencyKeys {

	private final JdbcClient jdbc;

	JdbcIdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Claim> claim(String key, String requestHash, UUID orderId, Instant at) {
		int claimed = this.jdbc.sql("""
				insert into idempotency_key (idempotency_key, request_hash, order_id, created_at) values (?, ?, ?, ?)
				on conflict (idempotency_key) do nothing
				""").params(key, requestHash, orderId, Timestamp.from(at)).update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql("select request_hash, order_id from idempotency_key where idempotency_key = ?")
			.param(key)
			.query((rs, n) -> new Claim(rs.getString("request_hash"), rs.getObject("order_id", UUID.class)))
			.single());
	}

}

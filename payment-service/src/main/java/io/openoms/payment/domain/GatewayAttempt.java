package io.openoms.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One call to the gateway, kept for operators and auditors: what was asked, with which
 * idempotency key, and what came back. An attempt without a result was cut short (the
 * service stopped during the call); its retry carries the same key.
 *
 * @param id the attempt
 * @param paymentId the payment it was made for
 * @param operation what was asked
 * @param idempotencyKey the key sent with it
 * @param startedAt when the call started
 * @param finishedAt when the answer came, {@code null} while unknown
 * @param result what came back, for example {@code succeeded}, {@code declined:
 * card_declined} or {@code error: ...}; {@code null} while unknown
 * @param gatewayReference the gateway's id in the answer, if any
 */
public record GatewayAttempt(UUID id, UUID paymentId, GatewayOperation operation, String idempotencyKey,
		Instant startedAt, Instant finishedAt, String result, String gatewayReference) {

	public GatewayAttempt {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(startedAt, "startedAt");
	}

	/** A call that is about to be made. */
	public static GatewayAttempt start(UUID paymentId, GatewayOperation operation, String idempotencyKey, Instant at) {
		return new GatewayAttempt(UUID.randomUUID(), paymentId, operation, idempotencyKey, at, null, null, null);
	}

}

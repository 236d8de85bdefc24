package io.openoms.order.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code Idempotency-Key}s of HTTP placements, with the order each placed. */
public interface IdempotencyKeys {

	/**
	 * Claims {@code key} for the order about to be placed, in the caller's transaction.
	 * If another request claimed it, this waits for that request's transaction:
	 * committed, its claim is returned; rolled back, the key is claimed now.
	 * @return the earlier claim, or empty if the key is claimed now
	 */
	Optional<Claim> claim(String key, String requestHash, UUID orderId, Instant at);

	/**
	 * @param requestHash the hash of the request that claimed the key
	 * @param orderId the order it placed
	 */
	record Claim(String requestHash, UUID orderId) {
	}

}

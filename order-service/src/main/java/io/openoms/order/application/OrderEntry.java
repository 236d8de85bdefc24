package io.openoms.order.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.openoms.contracts.upstream.UpstreamOrder;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.domain.Origin;

/**
 * How an order reaches {@link PlaceOrder}, and what makes its placement idempotent: over
 * HTTP, optionally with the client's {@code Idempotency-Key} and the hash of its request;
 * from an upstream system, by its channel and its own order reference (the order's id is
 * derived from both, ADR 0013).
 *
 * @param channel the channel, such as {@code api} or {@code webshop-de}
 * @param reference the upstream system's order reference, null over HTTP
 * @param idempotencyKey the HTTP client's key, or null
 * @param requestHash the SHA-256 of the canonical request, with {@code idempotencyKey}
 */
public record OrderEntry(String channel, String reference, String idempotencyKey, String requestHash) {

	/** A channel name: lower case letters, digits, dots, dashes and underscores. */
	public static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");

	/** The longest {@code Idempotency-Key} accepted. */
	public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

	/** The longest upstream reference accepted. */
	public static final int MAX_REFERENCE_LENGTH = 100;

	/** An HTTP placement; a null channel is {@link Origin#DEFAULT_CHANNEL}. */
	public static OrderEntry http(String channel, String idempotencyKey, String requestHash) {
		return new OrderEntry((channel != null) ? channel : Origin.DEFAULT_CHANNEL, null, idempotencyKey, requestHash);
	}

	/** An order an upstream system handed over. */
	public static OrderEntry upstream(String channel, String reference) {
		return new OrderEntry(channel, reference, null, null);
	}

	/**
	 * The id the order gets: derived from channel and reference upstream, new otherwise.
	 */
	UUID orderId() {
		return isUpstream() ? UpstreamOrder.orderIdOf(this.channel, this.reference) : UUID.randomUUID();
	}

	boolean isUpstream() {
		return this.reference != null;
	}

	Origin origin() {
		return new Origin(this.channel, this.reference);
	}

	List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		if (this.channel == null || !CHANNEL.matcher(this.channel).matches()) {
			violations.add(new Violation("channel",
					"must be 1 to 50 lower case letters, digits, '.', '-' or '_', starting with a letter or digit"));
		}
		if (this.reference != null && (this.reference.isBlank() || this.reference.length() > MAX_REFERENCE_LENGTH)) {
			violations.add(new Violation("reference", "must be 1 to " + MAX_REFERENCE_LENGTH + " characters"));
		}
		if (this.idempotencyKey != null
				&& (this.idempotencyKey.isBlank() || this.idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
			violations.add(new Violation("Idempotency-Key",
					"header must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters, such as a UUID"));
		}
		return violations;
	}

}

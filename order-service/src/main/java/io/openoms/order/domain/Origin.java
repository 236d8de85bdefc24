package io.openoms.order.domain;

import java.util.Objects;

/**
 * Where an order came from: the channel ({@code api} for HTTP clients that name none, or
 * an upstream system such as {@code webshop-de}) and, for an order an upstream system
 * handed over, that system's own order reference (null otherwise).
 *
 * @param channel the channel
 * @param reference the upstream's own order reference, or null
 */
public record Origin(String channel, String reference) {

	/** The channel of HTTP clients that name none. */
	public static final String DEFAULT_CHANNEL = "api";

	/** An order placed over HTTP without a channel. */
	public static final Origin API = new Origin(DEFAULT_CHANNEL, null);

	public Origin {
		Objects.requireNonNull(channel, "channel");
	}

}

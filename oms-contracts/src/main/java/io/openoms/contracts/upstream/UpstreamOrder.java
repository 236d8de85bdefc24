package io.openoms.contracts.upstream;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.openoms.contracts.EventPayload;

/**
 * An event about an order an upstream system handed to the OMS, named by the upstream's
 * channel and its own reference. The envelope's {@code orderId} (and Kafka key) is
 * derived from both ({@link #orderIdOf(String, String)}): the same upstream order always
 * has the same key, and the OMS order placed from it has that id.
 */
public interface UpstreamOrder extends EventPayload {

	/** The upstream system, such as {@code webshop-de}. */
	String channel();

	/** The upstream system's own order reference, unique within its channel. */
	String reference();

	/**
	 * The id derived from {@link #channel()} and {@link #reference()}; null when either
	 * is missing.
	 */
	@Override
	default UUID orderId() {
		return (channel() != null && reference() != null) ? orderIdOf(channel(), reference()) : null;
	}

	/**
	 * @param channel the upstream system, such as {@code webshop-de}
	 * @param reference the upstream's own order reference
	 * @return {@code UUID.nameUUIDFromBytes("upstream:" + channel + ":" + reference)} (a
	 * name-based UUID, version 3): the envelope's {@code orderId}, the Kafka key, and the
	 * id of the OMS order placed from it
	 */
	static UUID orderIdOf(String channel, String reference) {
		return UUID.nameUUIDFromBytes(("upstream:" + channel + ":" + reference).getBytes(StandardCharsets.UTF_8));
	}

}

package io.openoms.order.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.openoms.order.application.OrderQuery;

/**
 * The opaque {@code cursor} of the order listing: the position of the previous page's
 * last order (placement time and id), base64url-encoded. Clients pass back what
 * {@code nextCursor} said and never build one.
 */
final class OrderCursor {

	private static final String VERSION = "v1";

	private OrderCursor() {
	}

	static String encode(OrderQuery.Position position) {
		String text = VERSION + "|" + position.createdAt().getEpochSecond() + "|" + position.createdAt().getNano() + "|"
				+ position.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidCursorException if the text is not a cursor this API gave out
	 */
	static OrderQuery.Position decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			if (parts.length != 4 || !VERSION.equals(parts[0])) {
				throw new InvalidCursorException();
			}
			return new OrderQuery.Position(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
					UUID.fromString(parts[3]));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new InvalidCursorException();
		}
	}

	/** The cursor was not given out by this API. */
	static class InvalidCursorException extends RuntimeException {

		InvalidCursorException() {
			super("not a cursor of this listing: pass back the nextCursor of the previous page");
		}

	}

}

package io.openoms.order.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash an {@code Idempotency-Key} is stored with: the SHA-256 of the request as
 * parsed, written back as JSON in the request type's field order. Spacing, the order of
 * fields and an explicit null versus a missing field do not change it; any value does.
 */
@Component
class RequestFingerprint {

	private final JsonMapper json;

	RequestFingerprint(JsonMapper json) {
		this.json = json;
	}

	String of(Object request) {
		try {
			byte[] canonical = this.json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}

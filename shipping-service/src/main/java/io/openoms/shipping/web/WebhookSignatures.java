package io.openoms.shipping.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.domain.RateCard;
import org.springframework.stereotype.Component;

/**
 * Checks that a carrier's webhook call was signed with the carrier's shared secret:
 * header {@value #HEADER} is {@code sha256=} and the lower-case hex HMAC-SHA256 of the
 * raw request body under the secret. Compared in constant time.
 */
@Component
class WebhookSignatures {

	static final String HEADER = "X-Carrier-Signature";

	static final String SCHEME = "sha256=";

	/** Secrets that start like this are for development only, never for production. */
	static final String DEV_ONLY = "dev-only-";

	private static final Logger log = LoggerFactory.getLogger(WebhookSignatures.class);

	private final ShippingProperties properties;

	WebhookSignatures(ShippingProperties properties) {
		this.properties = properties;
		properties.webhookSecrets().forEach((carrier, secret) -> {
			if (secret.startsWith(DEV_ONLY)) {
				log.warn("The {} tracking webhook uses a development secret; set a real one from the "
						+ "environment in production", carrier);
			}
		});
	}

	/**
	 * @param carrier the carrier named in the request path
	 * @return the carrier's canonical name
	 * @throws UnknownCarrierException if no carrier of that name has a secret
	 */
	String carrierNamed(String carrier) {
		String canonical = RateCard.carriers()
			.stream()
			.filter((name) -> name.equalsIgnoreCase(carrier))
			.findFirst()
			.orElseThrow(() -> new UnknownCarrierException(carrier));
		if (this.properties.webhookSecretOf(canonical) == null) {
			throw new UnknownCarrierException(carrier);
		}
		return canonical;
	}

	/**
	 * @throws InvalidSignatureException if the signature is missing or wrong
	 */
	void verify(String carrier, byte[] body, String signature) {
		if (signature == null || signature.isBlank()) {
			throw new InvalidSignatureException("the request has no " + HEADER + " header");
		}
		byte[] expected = (SCHEME + sign(this.properties.webhookSecretOf(carrier), body))
			.getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII))) {
			throw new InvalidSignatureException(HEADER + " does not match the body signed with " + carrier
					+ "'s secret (expected sha256=<hex HMAC-SHA256 of the raw body>)");
		}
	}

	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** The webhook call's signature is missing or wrong. */
	static class InvalidSignatureException extends RuntimeException {

		InvalidSignatureException(String message) {
			super(message);
		}

	}

	/** The webhook names a carrier we do not take calls from. */
	static class UnknownCarrierException extends RuntimeException {

		UnknownCarrierException(String carrier) {
			super("no carrier called '" + carrier + "' may send tracking updates; known carriers with a webhook "
					+ "secret are configured under oms.shipping.webhook-secrets");
		}

	}

}

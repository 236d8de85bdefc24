package io.openoms.shipping.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.openoms.shipping.ShippingProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WebhookSignaturesTest {

	private static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

	private final WebhookSignatures signatures = new WebhookSignatures(new ShippingProperties(
			ShippingProperties.CarrierType.SIMULATED, Duration.ofSeconds(30), Duration.ofSeconds(1), 100, List.of("AQ"),
			0, 0, "DE", Map.of("SIMPOST", "a-secret-of-sixteen-chars")));

	@Test
	void signatureIsTheHexHmacSha256OfTheBody() {
		// RFC 4231 test case 2.
		assertThat(WebhookSignatures.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void bodySignedWithTheCarriersSecretIsAccepted() {
		String signature = "sha256=" + WebhookSignatures.sign("a-secret-of-sixteen-chars", BODY);

		assertThatNoException().isThrownBy(() -> this.signatures.verify("SIMPOST", BODY, signature));
	}

	@Test
	void missingWrongOrOtherwiseSignedSignaturesAreRejected() {
		assertThatThrownBy(() -> this.signatures.verify("SIMPOST", BODY, null))
			.isInstanceOf(WebhookSignatures.InvalidSignatureException.class)
			.hasMessageContaining("no X-Carrier-Signature header");
		assertThatThrownBy(() -> this.signatures.verify("SIMPOST", BODY,
				"sha256=" + WebhookSignatures.sign("another-secret-of-sixteen", BODY)))
			.isInstanceOf(WebhookSignatures.InvalidSignatureException.class);
		assertThatThrownBy(
				() -> this.signatures.verify("SIMPOST", "{\"eventId\":\"e2\"}".getBytes(StandardCharsets.UTF_8),
						"sha256=" + WebhookSignatures.sign("a-secret-of-sixteen-chars", BODY)))
			.isInstanceOf(WebhookSignatures.InvalidSignatureException.class);
	}

	@Test
	void carrierIsKnownByNameInAnyCaseOnlyWithASecret() {
		assertThat(this.signatures.carrierNamed("simpost")).isEqualTo("SIMPOST");
		assertThatThrownBy(() -> this.signatures.carrierNamed("SIMFREIGHT"))
			.isInstanceOf(WebhookSignatures.UnknownCarrierException.class);
		assertThatThrownBy(() -> this.signatures.carrierNamed("acme"))
			.isInstanceOf(WebhookSignatures.UnknownCarrierException.class);
	}

}

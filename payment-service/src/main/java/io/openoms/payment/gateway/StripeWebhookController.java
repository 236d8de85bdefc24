package io.openoms.payment.gateway;

import java.util.Map;

import io.openoms.payment.application.SettleFromGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook endpoint. Answers 2xx once an event is handled (or deliberately
 * ignored), 400 for a call that does not verify, and 5xx when handling failed, so that
 * Stripe sends the event again.
 */
@RestController
@ConditionalOnProperty(name = "oms.payment.gateway", havingValue = "stripe")
class StripeWebhookController {

	private final StripeWebhooks webhooks;

	private final SettleFromGateway settle;

	StripeWebhookController(StripeWebhooks webhooks, SettleFromGateway settle) {
		this.webhooks = webhooks;
		this.settle = settle;
	}

	@PostMapping(path = "/stripe/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, String> receive(@RequestBody String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		return this.webhooks.verify(payload, signature)
			.map((notification) -> Map.of("outcome", this.settle.on(notification).name()))
			.orElse(Map.of("outcome", "IGNORED"));
	}

}

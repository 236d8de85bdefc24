package io.openoms.payment.gateway;

import io.openoms.payment.PaymentProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Charges through Stripe, and listens to its webhooks, when
 * {@code oms.payment.gateway=stripe}. The secret key and the webhook signing secret are
 * required then: {@link PaymentProperties} fails the start-up without them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oms.payment.gateway", havingValue = "stripe")
class StripeGatewayConfiguration {

	@Bean
	StripePaymentGateway stripePaymentGateway(PaymentProperties properties) {
		return new StripePaymentGateway(StripePaymentGateway.clientFor(properties.stripe()));
	}

	@Bean
	StripeWebhooks stripeWebhooks(PaymentProperties properties) {
		return new StripeWebhooks(properties.stripe().webhookSecret());
	}

}

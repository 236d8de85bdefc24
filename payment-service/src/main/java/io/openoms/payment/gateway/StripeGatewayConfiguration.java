package io.openoms.payment.gateway;

import io.openoms.payment.PaymentProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Charges through Stripe when {@code oms.payment.gateway=stripe}. The secret key is
 * required then: {@link PaymentProperties} fails the start-up without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oms.payment.gateway", havingValue = "stripe")
class StripeGatewayConfiguration {

	@Bean
	StripePaymentGateway stripePaymentGateway(PaymentProperties properties) {
		return new StripePaymentGateway(StripePaymentGateway.clientFor(properties.stripe()));
	}

}

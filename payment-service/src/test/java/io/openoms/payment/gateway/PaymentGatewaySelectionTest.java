package io.openoms.payment.gateway;

import org.junit.jupiter.api.Test;

import io.openoms.payment.PaymentProperties;
import io.openoms.payment.application.PaymentGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which gateway {@code oms.payment.gateway} picks, and that Stripe without a key stops
 * the start-up with a message that says what to set.
 */
class PaymentGatewaySelectionTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Gateways.class);

	@Test
	void simulatedGatewayIsTheDefault() {
		this.context.run((started) -> assertThat(started).hasSingleBean(PaymentGateway.class)
			.hasSingleBean(SimulatedPaymentGateway.class));
	}

	@Test
	void stripeWithASecretKeyChargesThroughStripe() {
		this.context
			.withPropertyValues("oms.payment.gateway=stripe", "oms.payment.stripe.secret-key=sk_test_fake",
					"oms.payment.stripe.webhook-secret=whsec_fake")
			.run((started) -> assertThat(started).hasSingleBean(PaymentGateway.class)
				.hasSingleBean(StripePaymentGateway.class)
				.hasSingleBean(StripeWebhooks.class));
	}

	@Test
	void stripeWithoutAWebhookSecretFailsAtStartUpSayingWhatToSet() {
		this.context.withPropertyValues("oms.payment.gateway=stripe", "oms.payment.stripe.secret-key=sk_test_fake")
			.run((started) -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("STRIPE_WEBHOOK_SECRET"));
	}

	@Test
	void stripeWithoutASecretKeyFailsAtStartUpSayingWhatToSet() {
		this.context.withPropertyValues("oms.payment.gateway=stripe", "oms.payment.stripe.secret-key=")
			.run((started) -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("STRIPE_SECRET_KEY"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PaymentProperties.class)
	@Import({ SimulatedPaymentGateway.class, StripeGatewayConfiguration.class })
	static class Gateways {

	}

}

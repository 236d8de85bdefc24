package io.openoms.payment;

import java.time.Clock;

import io.openoms.payment.domain.CaptureMethod;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * payment-service: charges orders through the payment gateway, refunds cancelled ones and
 * publishes the outcomes.
 */
@SpringBootApplication
@EnableConfigurationProperties(PaymentProperties.class)
public class PaymentServiceApplication {

	/**
	 * The name of this service's configuration file; unique so all services can share a
	 * classpath.
	 */
	public static final String CONFIG_NAME = "payment-service";

	public static void main(String[] args) {
		new SpringApplicationBuilder(PaymentServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** How new charges take the money; each charge keeps the method it was made with. */
	@Bean
	CaptureMethod captureMethod(PaymentProperties properties) {
		return properties.captureMethod();
	}

}

package io.openoms.shipping;

import java.time.Clock;

import io.openoms.shipping.domain.RateCard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * shipping-service: ships allocated orders with a carrier and reports dispatch and
 * delivery.
 */
@SpringBootApplication
@EnableConfigurationProperties(ShippingProperties.class)
public class ShippingServiceApplication {

	/**
	 * The name of this service's configuration file; unique so all services can share a
	 * classpath.
	 */
	public static final String CONFIG_NAME = "shipping-service";

	public static void main(String[] args) {
		new SpringApplicationBuilder(ShippingServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	RateCard rateCard(ShippingProperties properties) {
		return new RateCard(properties.originCountry());
	}

}

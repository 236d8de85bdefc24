package io.openoms.order;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** order-service: takes orders, runs their state machine and publishes their status. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrderServiceApplication {

	/**
	 * The name of this service's configuration file; unique so all services can share a
	 * classpath.
	 */
	public static final String CONFIG_NAME = "order-service";

	public static void main(String[] args) {
		new SpringApplicationBuilder(OrderServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

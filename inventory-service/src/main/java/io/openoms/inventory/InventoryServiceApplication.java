package io.openoms.inventory;

import java.time.Clock;

import io.openoms.inventory.domain.AllocationPolicy;
import io.openoms.inventory.domain.WholeOrderFromOneWarehouse;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * inventory-service: owns stock levels, reserves stock for paid orders and books it out
 * when shipped.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InventoryServiceApplication {

	/**
	 * The name of this service's configuration file; unique so all services can share a
	 * classpath.
	 */
	public static final String CONFIG_NAME = "inventory-service";

	public static void main(String[] args) {
		new SpringApplicationBuilder(InventoryServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	AllocationPolicy allocationPolicy() {
		return new WholeOrderFromOneWarehouse();
	}

}

package io.openoms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.openoms.inventory.InventoryServiceApplication;
import io.openoms.order.OrderServiceApplication;
import io.openoms.payment.PaymentServiceApplication;
import io.openoms.reconciliation.ReconciliationReport;
import io.openoms.shipping.ShippingServiceApplication;
import io.openoms.testsupport.TestDatabase;
import io.openoms.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services, each its own Spring application with its own database, started in
 * this JVM on one real broker: the product as a whole, without anything mocked.
 */
final class RunningSystem implements AutoCloseable {

	private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

	private final Map<String, TestDatabase> databases = new LinkedHashMap<>();

	private RunningSystem() {
	}

	static RunningSystem start() {
		return start(Map.of());
	}

	/**
	 * Starts the four services, some with settings of their own.
	 * @param settings per service name, command-line arguments such as
	 * {@code --oms.payment.gateway=stripe}
	 */
	static RunningSystem start(Map<String, List<String>> settings) {
		RunningSystem system = new RunningSystem();
		try {
			system.startService("order-service", OrderServiceApplication.class, settings);
			system.startService("payment-service", PaymentServiceApplication.class, settings);
			system.startService("inventory-service", InventoryServiceApplication.class, settings);
			system.startService("shipping-service", ShippingServiceApplication.class, settings);
		}
		catch (RuntimeException ex) {
			system.close();
			throw ex;
		}
		return system;
	}

	private void startService(String name, Class<?> application, Map<String, List<String>> settings) {
		TestDatabase database = TestInfrastructure.newDatabase(name.replace("-service", ""));
		this.databases.put(name, database);
		// Command-line arguments, because they outrank the service's own configuration
		// file.
		List<String> arguments = new ArrayList<>(List.of("--spring.config.name=" + name, "--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
				// Deliveries are near-instant: long enough that a cancellation racing the
				// dispatch can still recall the parcel, as it can in life, where delivery
				// takes days.
				"--oms.shipping.simulated-delivery-delay=3s", "--oms.shipping.delivery-poll-interval=100ms",
				"--spring.jmx.enabled=false"));
		arguments.addAll(settings.getOrDefault(name, List.of()));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.run(arguments.toArray(String[]::new));
		this.services.put(name, context);
	}

	String baseUrl(String service) {
		WebServerApplicationContext context = (WebServerApplicationContext) this.services.get(service);
		return "http://localhost:" + context.getWebServer().getPort();
	}

	/** The audit an operator runs, over this system's four databases. */
	ReconciliationReport reconcile(Duration settleTime) {
		return Audit.run(this.databases::get, settleTime);
	}

	@Override
	public void close() {
		List<ConfigurableApplicationContext> running = new ArrayList<>(this.services.values());
		java.util.Collections.reverse(running);
		running.forEach(ConfigurableApplicationContext::close);
		this.services.clear();
	}

}

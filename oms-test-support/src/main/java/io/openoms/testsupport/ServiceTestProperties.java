package io.openoms.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot test at the shared test infrastructure.
 *
 * <pre class="code">
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     ServiceTestProperties.register(registry, "orders");
 * }
 * </pre>
 */
public final class ServiceTestProperties {

	private ServiceTestProperties() {
	}

	/**
	 * Register the Kafka bootstrap servers and a fresh database as
	 * {@code spring.kafka.bootstrap-servers} and {@code spring.datasource.*}.
	 * @param registry the registry passed to the {@code @DynamicPropertySource} method
	 * @param databasePrefix readable start of the database name, such as the service name
	 */
	public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
		TestInfrastructure.startAllInBackground();
		TestDatabase database = TestInfrastructure.newDatabase(databasePrefix);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

}

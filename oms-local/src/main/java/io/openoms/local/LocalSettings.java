package io.openoms.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where the local run keeps its data and which ports it uses; every value can be
 * overridden by an environment variable.
 *
 * @param repositoryRoot the checkout, where the services' jars are built
 * @param dataDirectory PostgreSQL and Kafka data and the service logs
 * ({@code OMS_DATA_DIR}, default {@code .oms-data} in the checkout)
 * @param postgresPort PostgreSQL's port ({@code OMS_POSTGRES_PORT}, default 15432)
 * @param kafkaPort Kafka's client port ({@code OMS_KAFKA_PORT}, default 19092)
 * @param kafkaControllerPort Kafka's KRaft controller port
 * ({@code OMS_KAFKA_CONTROLLER_PORT}, default 19093)
 * @param serviceJvmOptions JVM options of each service ({@code OMS_SERVICE_JAVA_OPTS})
 * @param kafkaJvmOptions JVM options of the broker ({@code OMS_KAFKA_JAVA_OPTS})
 */
record LocalSettings(Path repositoryRoot, Path dataDirectory, int postgresPort, int kafkaPort, int kafkaControllerPort,
		List<String> serviceJvmOptions, List<String> kafkaJvmOptions) {

	/**
	 * Four Spring Boot services on two cores: small heaps and the C1 compiler only. The
	 * full JIT (C2) and the parallel collector were measured with {@code bin/bench}: in
	 * minute-long runs they cost more CPU per order (247 ms against 117 ms), because
	 * compiling is most of what a young JVM does (ADR 0017).
	 */
	static final String DEFAULT_SERVICE_JVM_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

	/** The broker, tuned the same way. */
	static final String DEFAULT_KAFKA_JVM_OPTIONS = "-Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
			+ "-Djava.awt.headless=true";

	static LocalSettings from(Path repositoryRoot, Map<String, String> environment) {
		Path dataDirectory = Path
			.of(environment.getOrDefault("OMS_DATA_DIR", repositoryRoot.resolve(".oms-data").toString()))
			.toAbsolutePath()
			.normalize();
		return new LocalSettings(repositoryRoot, dataDirectory, port(environment, "OMS_POSTGRES_PORT", 15432),
				port(environment, "OMS_KAFKA_PORT", 19092), port(environment, "OMS_KAFKA_CONTROLLER_PORT", 19093),
				options(environment.getOrDefault("OMS_SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JVM_OPTIONS)),
				options(environment.getOrDefault("OMS_KAFKA_JAVA_OPTS", DEFAULT_KAFKA_JVM_OPTIONS)));
	}

	private static List<String> options(String options) {
		return Arrays.stream(options.trim().split("\\s+")).filter((option) -> !option.isEmpty()).toList();
	}

	Path logDirectory() {
		return this.dataDirectory.resolve("logs");
	}

	private static int port(Map<String, String> environment, String variable, int defaultPort) {
		String value = environment.get(variable);
		if (value == null || value.isBlank()) {
			return defaultPort;
		}
		try {
			int port = Integer.parseInt(value.trim());
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(variable + " must be a port number (1-65535), not '" + value + "'");
		}
	}

}

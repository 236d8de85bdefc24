package io.openoms.testsupport;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One Kafka broker and one PostgreSQL server shared by every test in this JVM, started on
 * first use and stopped when the JVM exits.
 * <p>
 * With a reachable Docker engine they are Testcontainers; without one they are the
 * embedded servers of {@code oms-embedded}. Set the system property
 * {@code oms.test.infrastructure} or the environment variable
 * {@code OMS_TEST_INFRASTRUCTURE} to {@code embedded} or {@code testcontainers} to choose
 * instead of detecting.
 * <p>
 * Each test context gets its own database from {@link #newDatabase(String)}, so contexts
 * never see each other's rows; topics are shared, so tests use unique keys.
 */
public final class TestInfrastructure {

	private static final Logger logger = LoggerFactory.getLogger(TestInfrastructure.class);

	private static final AtomicInteger databaseCounter = new AtomicInteger();

	private static Infrastructure infrastructure;

	private static CompletableFuture<String> kafka;

	private static CompletableFuture<Void> postgres;

	private TestInfrastructure() {
	}

	/**
	 * The Kafka broker's address, starting the broker if this is the first call.
	 * @return the bootstrap servers
	 */
	public static String kafkaBootstrapServers() {
		return join(kafka(), "Kafka");
	}

	/**
	 * Create a fresh database, starting the server if this is the first call.
	 * @param prefix readable start of the database name, such as the service name
	 * @return how to connect to the new database
	 */
	public static TestDatabase newDatabase(String prefix) {
		join(postgres(), "PostgreSQL");
		String name = sanitize(prefix) + "_" + databaseCounter.incrementAndGet();
		return infrastructure().createDatabase(name);
	}

	/**
	 * Which kind of infrastructure this JVM uses.
	 * @return a human-readable description
	 */
	public static String description() {
		return infrastructure().toString();
	}

	// Both servers start concurrently; a test that needs both waits for the slower only.
	static void startAllInBackground() {
		kafka();
		postgres();
	}

	private static synchronized CompletableFuture<String> kafka() {
		if (kafka == null) {
			Infrastructure chosen = infrastructure();
			kafka = startInBackground("oms-test-kafka", chosen::startKafka);
		}
		return kafka;
	}

	private static synchronized CompletableFuture<Void> postgres() {
		if (postgres == null) {
			Infrastructure chosen = infrastructure();
			postgres = startInBackground("oms-test-postgres", () -> {
				chosen.startPostgres();
				return null;
			});
		}
		return postgres;
	}

	private static synchronized Infrastructure infrastructure() {
		if (infrastructure == null) {
			infrastructure = choose();
			logger.info("Tests in this JVM use {}", infrastructure);
			Infrastructure chosen = infrastructure;
			Runtime.getRuntime().addShutdownHook(new Thread(chosen::stop, "oms-test-infrastructure-stopper"));
		}
		return infrastructure;
	}

	private static Infrastructure choose() {
		String requested = System.getProperty("oms.test.infrastructure", System.getenv("OMS_TEST_INFRASTRUCTURE"));
		String choice = (requested != null) ? requested.trim().toLowerCase(Locale.ROOT) : "auto";
		return switch (choice) {
			case "embedded" -> new EmbeddedInfrastructure();
			case "testcontainers" -> new ContainerInfrastructure();
			case "auto", "" -> detect();
			default -> throw new IllegalStateException(
					"OMS_TEST_INFRASTRUCTURE must be embedded, testcontainers or auto, not '" + requested + "'");
		};
	}

	private static Infrastructure detect() {
		if (dockerAvailable()) {
			return new ContainerInfrastructure();
		}
		logger.info("No Docker environment found, falling back to embedded servers "
				+ "(OMS_TEST_INFRASTRUCTURE=testcontainers shows why Docker was not usable)");
		return new EmbeddedInfrastructure();
	}

	private static boolean dockerAvailable() {
		// Without Docker, Testcontainers logs a long ERROR in every test JVM before
		// the fallback; it is kept when Docker is requested explicitly.
		Logger strategy = LoggerFactory.getLogger("org.testcontainers.dockerclient.DockerClientProviderStrategy");
		ch.qos.logback.classic.Logger logbackLogger = (strategy instanceof ch.qos.logback.classic.Logger logback)
				? logback : null;
		ch.qos.logback.classic.Level level = (logbackLogger != null) ? logbackLogger.getLevel() : null;
		if (logbackLogger != null) {
			logbackLogger.setLevel(ch.qos.logback.classic.Level.OFF);
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
		finally {
			if (logbackLogger != null) {
				logbackLogger.setLevel(level);
			}
		}
	}

	private static <T> CompletableFuture<T> startInBackground(String threadName, Supplier<T> start) {
		return CompletableFuture.supplyAsync(start, (task) -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			thread.start();
		});
	}

	private static <T> T join(CompletableFuture<T> future, String what) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			// Every later test fails fast with the same cause instead of retrying.
			throw new IllegalStateException("Test " + what + " could not be started: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	private static String sanitize(String prefix) {
		String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name = "db_" + name;
		}
		return (name.length() > 40) ? name.substring(0, 40) : name;
	}

}

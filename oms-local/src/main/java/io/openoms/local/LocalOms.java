package io.openoms.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import io.openoms.embedded.EmbeddedKafkaBroker;
import io.openoms.embedded.EmbeddedPostgresServer;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole system on this machine with one command: PostgreSQL and Kafka from Maven
 * Central artifacts, then the four services as child processes.
 * <p>
 * Data survives restarts in {@code .oms-data/} (delete it to start from scratch). Ctrl-C
 * stops the services first, then Kafka, then PostgreSQL, so no service loses its broker
 * or database while it is still shutting down.
 * <p>
 * Arguments: {@code --infrastructure-only} starts just PostgreSQL and Kafka (to run a
 * service from the IDE); any other argument is passed to every service, for example
 * {@code --logging.level.io.openoms=DEBUG}.
 */
public final class LocalOms {

	private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(500);

	private static final Duration SERVICE_STOP_TIMEOUT = Duration.ofSeconds(20);

	private static final int LOG_TAIL_LINES = 40;

	private final LocalSettings settings;

	private final List<String> serviceArguments;

	private final List<ServiceProcess> services = new ArrayList<>();

	private volatile EmbeddedPostgresServer postgres;

	private volatile EmbeddedKafkaBroker kafka;

	private boolean stopped;

	private LocalOms(LocalSettings settings, List<String> serviceArguments) {
		this.settings = settings;
		this.serviceArguments = serviceArguments;
	}

	public static void main(String[] args) throws Exception {
		List<String> serviceArguments = new ArrayList<>();
		boolean infrastructureOnly = false;
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				printUsage();
				return;
			}
			if (arg.equals("--infrastructure-only")) {
				infrastructureOnly = true;
			}
			else {
				serviceArguments.add(arg);
			}
		}
		LocalSettings settings;
		Map<LocalService, Path> jars;
		try {
			settings = LocalSettings.from(repositoryRoot(), System.getenv());
			jars = infrastructureOnly ? Map.of() : findJars(settings.repositoryRoot());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		// SLF4J initialised by the two start threads at once warns about replayed calls.
		LoggerFactory.getILoggerFactory();
		LocalOms oms = new LocalOms(settings, serviceArguments);
		Runtime.getRuntime().addShutdownHook(new Thread(oms::stop, "oms-local-stopper"));
		long started = System.nanoTime();
		try {
			oms.stopLeftoverServices(jars);
			oms.startInfrastructure();
			oms.startServices(jars);
		}
		catch (ServiceStartFailure ex) {
			System.err.println();
			System.err
				.println(ex.getMessage() + ". Last " + LOG_TAIL_LINES + " lines of " + ex.service().logFile() + ":");
			System.err.println(ex.service().logTail(LOG_TAIL_LINES));
			System.exit(1);
		}
		catch (RuntimeException ex) {
			System.err.println();
			System.err.println("The local run could not start: " + ex.getMessage());
			System.exit(1);
		}
		oms.printBanner(Duration.ofNanos(System.nanoTime() - started));
		// The servers run in child processes; this thread only has to stay alive.
		new CountDownLatch(1).await();
	}

	// Before the infrastructure, so that leftovers do not see their database vanish.
	private void stopLeftoverServices(Map<LocalService, Path> jars) throws IOException {
		for (Map.Entry<LocalService, Path> entry : jars.entrySet()) {
			ServiceProcess.stopLeftover(entry.getKey(), entry.getValue(), pidDirectory());
		}
	}

	private Path pidDirectory() {
		return this.settings.dataDirectory().resolve("pids");
	}

	private void startInfrastructure() throws IOException {
		Path data = this.settings.dataDirectory();
		Files.createDirectories(data);
		System.out.println("Data directory " + data);
		System.out.println("Starting PostgreSQL on port " + this.settings.postgresPort() + " and Kafka on port "
				+ this.settings.kafkaPort() + " ...");
		// Both at once; this JVM's own hook stops them, in order, after the services.
		CompletableFuture<EmbeddedPostgresServer> postgresStart = CompletableFuture
			.supplyAsync(() -> EmbeddedPostgresServer.start(
					EmbeddedPostgresServer.Settings.persistent(data.resolve("postgres"), this.settings.postgresPort())
						.withoutShutdownHook()));
		CompletableFuture<EmbeddedKafkaBroker> kafkaStart = CompletableFuture
			.supplyAsync(() -> EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings
				.persistent(data.resolve("kafka"), this.settings.kafkaPort(), this.settings.kafkaControllerPort())
				.withJvmOptions(this.settings.kafkaJvmOptions())
				.withoutShutdownHook()));
		// Both joined before failing, so that stop() also ends the one that did start.
		RuntimeException failure = null;
		try {
			this.postgres = postgresStart.join();
			System.out.printf(Locale.ROOT, "  PostgreSQL ready in %s%n", seconds(this.postgres.startupTime()));
		}
		catch (CompletionException ex) {
			failure = unwrap(ex);
		}
		try {
			this.kafka = kafkaStart.join();
			System.out.printf(Locale.ROOT, "  Kafka ready in %s%n", seconds(this.kafka.startupTime()));
		}
		catch (CompletionException ex) {
			if (failure == null) {
				failure = unwrap(ex);
			}
			else {
				failure.addSuppressed(unwrap(ex));
			}
		}
		if (failure != null) {
			throw failure;
		}
		for (LocalService service : LocalService.ALL) {
			this.postgres.createDatabaseIfMissing(service.database());
		}
	}

	private void startServices(Map<LocalService, Path> jars) throws IOException, ServiceStartFailure {
		if (jars.isEmpty()) {
			return;
		}
		System.out
			.println("Starting " + String.join(", ", jars.keySet().stream().map(LocalService::name).toList()) + " ...");
		long started = System.nanoTime();
		for (Map.Entry<LocalService, Path> entry : jars.entrySet()) {
			LocalService service = entry.getKey();
			List<String> arguments = new ArrayList<>();
			arguments.add("--server.port=" + service.port());
			arguments.add("--spring.datasource.url=" + this.postgres.jdbcUrl(service.database()));
			arguments.add("--spring.datasource.username=" + this.postgres.username());
			arguments.add("--spring.datasource.password=" + this.postgres.password());
			arguments.add("--spring.kafka.bootstrap-servers=" + this.kafka.bootstrapServers());
			arguments.addAll(this.serviceArguments);
			synchronized (this) {
				this.services.add(ServiceProcess.start(service, entry.getValue(), this.settings.serviceJvmOptions(),
						arguments, this.settings.logDirectory(), pidDirectory()));
			}
		}
		awaitHealthy(started);
		for (ServiceProcess service : this.services) {
			service.process().onExit().thenRun(() -> reportUnexpectedExit(service));
		}
	}

	// All start at once and are watched together, so one that dies is reported at once
	// rather than after the others are up.
	private void awaitHealthy(long started) throws ServiceStartFailure {
		List<ServiceProcess> pending = new ArrayList<>(this.services);
		long deadline = started + HEALTH_TIMEOUT.toNanos();
		while (!pending.isEmpty()) {
			for (Iterator<ServiceProcess> iterator = pending.iterator(); iterator.hasNext();) {
				ServiceProcess service = iterator.next();
				if (service.isHealthy()) {
					iterator.remove();
					System.out.printf(Locale.ROOT, "  %-18s healthy after %s%n", service.service().name(),
							seconds(Duration.ofNanos(System.nanoTime() - started)));
				}
			}
			if (!pending.isEmpty() && System.nanoTime() > deadline) {
				throw pending.get(0).notHealthyWithin(HEALTH_TIMEOUT);
			}
			sleep(HEALTH_POLL_INTERVAL);
		}
	}

	private void reportUnexpectedExit(ServiceProcess service) {
		if (service.isStopping()) {
			return;
		}
		System.err.println();
		System.err.println(service + " exited unexpectedly with code " + service.process().exitValue() + ". Last "
				+ LOG_TAIL_LINES + " lines of " + service.logFile() + ":");
		System.err.println(service.logTail(LOG_TAIL_LINES));
		System.err.println("The other services keep running; press Ctrl-C to stop everything.");
	}

	private void printBanner(Duration startupTime) {
		StringBuilder banner = new StringBuilder();
		banner.append(System.lineSeparator());
		banner.append("OpenOMS is running locally (started in ").append(seconds(startupTime)).append(")");
		banner.append(System.lineSeparator()).append(System.lineSeparator());
		for (ServiceProcess process : this.services) {
			LocalService service = process.service();
			banner.append(String.format(Locale.ROOT, "  %-18s http://localhost:%d%n", service.name(), service.port()));
		}
		banner.append(String.format(Locale.ROOT, "  %-18s %s%n", "Kafka bootstrap", this.kafka.bootstrapServers()));
		for (LocalService service : LocalService.ALL) {
			banner.append(String.format(Locale.ROOT, "  %-18s %s%n", "PostgreSQL",
					this.postgres.jdbcUrl(service.database())));
		}
		banner.append(String.format(Locale.ROOT, "  %-18s user %s, password %s%n", "", this.postgres.username(),
				this.postgres.password()));
		banner.append(String.format(Locale.ROOT, "  %-18s %s%n", "Service logs", this.settings.logDirectory()));
		banner.append(String.format(Locale.ROOT, "  %-18s %s (delete it to start from scratch)%n", "Data",
				this.settings.dataDirectory()));
		banner.append(System.lineSeparator()).append("Press Ctrl-C to stop.");
		System.out.println(banner);
	}

	// Services first, so none of them loses Kafka or its database while shutting down.
	private synchronized void stop() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		System.out.println();
		if (!this.services.isEmpty()) {
			System.out.println("Stopping services ...");
			this.services.forEach(ServiceProcess::requestStop);
			this.services.forEach((service) -> service.awaitStopped(SERVICE_STOP_TIMEOUT));
		}
		if (this.kafka != null) {
			System.out.println("Stopping Kafka ...");
			this.kafka.close();
		}
		if (this.postgres != null) {
			System.out.println("Stopping PostgreSQL ...");
			this.postgres.close();
		}
		System.out.println("Stopped.");
	}

	private static Map<LocalService, Path> findJars(Path repositoryRoot) {
		Map<LocalService, Path> jars = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (LocalService service : LocalService.ALL) {
			ServiceProcess.findJar(repositoryRoot, service)
				.ifPresentOrElse((jar) -> jars.put(service, jar), () -> missing.add(service.name()));
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("No executable jar (<service>/target/*-exec.jar) for "
					+ String.join(", ", missing) + " in " + repositoryRoot + ": run ./mvnw -DskipTests package first");
		}
		return jars;
	}

	// oms-local/target/oms-local.jar (or oms-local/target/classes) sits three levels
	// below the checkout.
	private static Path repositoryRoot() {
		try {
			Path location = Path.of(LocalOms.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path candidate = location.getParent().getParent().getParent();
			if (candidate != null && Files.exists(candidate.resolve("pom.xml"))) {
				return candidate;
			}
		}
		catch (URISyntaxException | RuntimeException ex) {
			// Fall back to the working directory.
		}
		return Path.of("").toAbsolutePath();
	}

	private static RuntimeException unwrap(CompletionException ex) {
		return (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private static void printUsage() {
		System.out.println("""
				Usage: bin/run-local [--infrastructure-only] [service arguments...]

				Starts PostgreSQL, Kafka and the four services on this machine; Ctrl-C stops them.
				  --infrastructure-only  start only PostgreSQL and Kafka
				  service arguments      passed to every service, e.g. --logging.level.io.openoms=DEBUG

				Environment:
				  OMS_DATA_DIR               data and logs (default: .oms-data in the checkout)
				  OMS_POSTGRES_PORT          PostgreSQL port (default 15432)
				  OMS_KAFKA_PORT             Kafka client port (default 19092)
				  OMS_KAFKA_CONTROLLER_PORT  Kafka controller port (default 19093)
				  OMS_SERVICE_JAVA_OPTS      JVM options of each service (default: %s)
				  OMS_KAFKA_JAVA_OPTS        JVM options of the broker (default: %s)
				""".formatted(LocalSettings.DEFAULT_SERVICE_JVM_OPTIONS, LocalSettings.DEFAULT_KAFKA_JVM_OPTIONS));
	}

}

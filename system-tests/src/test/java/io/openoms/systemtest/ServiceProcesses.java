package io.openoms.systemtest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.openoms.embedded.ChildJvm;
import io.openoms.testsupport.TestDatabase;
import io.openoms.testsupport.TestInfrastructure;

/**
 * The four services as separate operating-system processes, started from their executable
 * jars, so a test can crash one for real (the process halts at an injected crash point)
 * and start it again on the same database and broker.
 */
final class ServiceProcesses implements AutoCloseable {

	private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1");

	private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(120);

	private final Path repository;

	private final Path logs;

	private final Supplier<String> bootstrapServers;

	private final Duration deliveryDelay;

	private final Map<String, TestDatabase> databases = new LinkedHashMap<>();

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private final Map<String, Process> processes = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * The services on the shared test broker; the carrier delivers at once.
	 */
	ServiceProcesses(Path repository, Path logs) throws IOException {
		this(repository, logs, TestInfrastructure::kafkaBootstrapServers, Duration.ZERO);
	}

	/**
	 * The services on a broker of the caller's, which it may stop and start again.
	 * @param deliveryDelay the simulated carrier's delay between dispatch and delivery
	 */
	ServiceProcesses(Path repository, Path logs, String bootstrapServers, Duration deliveryDelay) throws IOException {
		this(repository, logs, () -> bootstrapServers, deliveryDelay);
	}

	private ServiceProcesses(Path repository, Path logs, Supplier<String> bootstrapServers, Duration deliveryDelay)
			throws IOException {
		this.repository = repository;
		this.logs = Files.createDirectories(logs);
		this.bootstrapServers = bootstrapServers;
		this.deliveryDelay = deliveryDelay;
	}

	/**
	 * Starts the service; {@code arguments} are added to its command line, such as a
	 * crash point.
	 */
	void start(String service, String... arguments) throws Exception {
		TestDatabase database = this.databases.computeIfAbsent(service,
				(name) -> TestInfrastructure.newDatabase(name.replace("-service", "") + "_process"));
		int port = this.ports.computeIfAbsent(service, (name) -> freePort());
		List<String> args = new ArrayList<>(List.of("--server.port=" + port,
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				"--spring.kafka.bootstrap-servers=" + this.bootstrapServers.get(),
				"--oms.shipping.simulated-delivery-delay=" + this.deliveryDelay.toMillis() + "ms",
				"--oms.shipping.delivery-poll-interval=100ms"));
		args.addAll(List.of(arguments));
		Path log = this.logs.resolve(service + ".log");
		// A restart appends to the same log: the marker shows where each run begins.
		Files.writeString(log, "==== starting " + service + " at " + Instant.now() + System.lineSeparator(),
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Process process = new ProcessBuilder(ChildJvm.jarCommand(JVM_OPTIONS, jar(service), args))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		this.processes.put(service, process);
		awaitHealthy(service, process, log);
	}

	/** Stops the service gracefully, as a deployment would. */
	void stop(String service) throws InterruptedException {
		Process process = this.processes.remove(service);
		if (process != null) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	/**
	 * Kills the service at once, with no chance to finish anything ({@code kill -9} on
	 * Unix), and waits until it is gone.
	 * @return the exit code, 137 for a SIGKILL
	 */
	int kill(String service) throws InterruptedException {
		Process process = this.processes.remove(service);
		if (process == null) {
			throw new IllegalStateException(service + " is not running");
		}
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(service + " (pid " + process.pid() + ") still alive 30 s after SIGKILL");
		}
		return process.exitValue();
	}

	/** Waits for the service to die at its crash point and returns its exit code. */
	int awaitCrash(String service, Duration within) throws InterruptedException {
		Process process = this.processes.get(service);
		if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError(service + " did not crash within " + within);
		}
		return process.exitValue();
	}

	String baseUrl(String service) {
		return "http://localhost:" + this.ports.get(service);
	}

	TestDatabase database(String service) {
		return this.databases.get(service);
	}

	@Override
	public void close() {
		this.processes.values().forEach(Process::destroy);
		for (Process process : this.processes.values()) {
			try {
				if (!process.waitFor(15, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

	private void awaitHealthy(String service, Process process, Path log) throws Exception {
		Instant deadline = Instant.now().plus(HEALTHY_WITHIN);
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl(service) + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + tail(log));
			}
			try {
				if (this.http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(service + " not healthy within " + HEALTHY_WITHIN + ":\n" + tail(log));
	}

	private Path jar(String service) throws IOException {
		Path target = this.repository.resolve(service).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no executable jar in " + target + ": package it first"));
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

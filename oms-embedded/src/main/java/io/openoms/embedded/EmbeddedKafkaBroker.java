package io.openoms.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) running
 * in a child JVM on this JVM's classpath.
 * <p>
 * A child process rather than an in-process server keeps the broker's Scala runtime,
 * threads and log noise out of the JVM under test, and lets the local run kill it like
 * any other server. The data directory holds {@code server.properties}, the cluster id,
 * the log segments ({@code kafka-logs/}) and the broker's output ({@code broker.log}).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

	private static final int LOG_TAIL_LINES = 60;

	private static final List<String> STORAGE_TOOL_JVM_OPTIONS = List.of("-Xmx128m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1");

	private final Settings settings;

	private final int port;

	private final Process process;

	private final Thread shutdownHook;

	private final Duration startupTime;

	private EmbeddedKafkaBroker(Settings settings, int port, Process process, Thread shutdownHook,
			Duration startupTime) {
		this.settings = settings;
		this.port = port;
		this.process = process;
		this.shutdownHook = shutdownHook;
		this.startupTime = startupTime;
	}

	/**
	 * Start a broker on free ports with a fresh temporary data directory that is deleted
	 * on {@link #close()}.
	 * @return the running broker
	 */
	public static EmbeddedKafkaBroker startTemporary() {
		return start(Settings.temporary());
	}

	/**
	 * Start a broker with the given settings; blocks until it answers to clients.
	 * @param settings where to keep data, which ports to use
	 * @return the running broker
	 * @throws IllegalStateException if the broker does not come up within the timeout
	 */
	public static EmbeddedKafkaBroker start(Settings settings) {
		long started = System.nanoTime();
		Path dataDirectory = settings.dataDirectory().toAbsolutePath();
		try {
			Files.createDirectories(dataDirectory);
			int port = (settings.port() != 0) ? settings.port() : FreePorts.find();
			int controllerPort = (settings.controllerPort() != 0) ? settings.controllerPort() : FreePorts.find();
			Path serverProperties = writeServerProperties(dataDirectory, port, controllerPort,
					settings.extraProperties());
			List<String> logging = ChildLogging.configure(dataDirectory);
			Path brokerLog = dataDirectory.resolve("broker.log");
			String clusterId = clusterId(dataDirectory);
			formatIfNeeded(settings, clusterId, dataDirectory, serverProperties, logging, brokerLog);
			List<String> jvmOptions = concat(settings.jvmOptions(), logging);
			// The watchdog ends the broker if this JVM dies without running its shutdown
			// hooks (kill -9, a Failsafe timeout).
			List<String> command = ChildJvm.command(settings.classpath(), jvmOptions, ParentWatchdog.class.getName(),
					ParentWatchdog.arguments("kafka.Kafka", serverProperties.toString()));
			Process process = new ProcessBuilder(command).directory(dataDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(brokerLog.toFile()))
				.start();
			Thread shutdownHook = new Thread(() -> stop(process), "kafka-broker-stopper");
			if (settings.registerShutdownHook()) {
				Runtime.getRuntime().addShutdownHook(shutdownHook);
			}
			String bootstrapServers = "127.0.0.1:" + port;
			try {
				awaitReady(process, port, clusterId, settings.startupTimeout(), brokerLog);
			}
			catch (RuntimeException ex) {
				stop(process);
				removeShutdownHook(shutdownHook);
				if (settings.deleteOnClose()) {
					DataDirectories.deleteRecursively(dataDirectory);
				}
				throw ex;
			}
			Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
			logger.info("Kafka broker started on {} in {} ms (data in {})", bootstrapServers, startupTime.toMillis(),
					dataDirectory);
			return new EmbeddedKafkaBroker(settings, port, process, shutdownHook, startupTime);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the Kafka broker in " + dataDirectory, ex);
		}
	}

	/**
	 * The address clients connect to.
	 * @return {@code 127.0.0.1:<port>}
	 */
	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public Path dataDirectory() {
		return this.settings.dataDirectory();
	}

	/**
	 * The file that receives the broker's standard output and error.
	 * @return the broker log file
	 */
	public Path logFile() {
		return this.settings.dataDirectory().resolve("broker.log");
	}

	public Duration startupTime() {
		return this.startupTime;
	}

	public boolean isRunning() {
		return this.process.isAlive();
	}

	/**
	 * Stop the broker: a graceful shutdown first, forcibly after 15 seconds; deletes the
	 * data directory if it was temporary.
	 */
	@Override
	public void close() {
		stop(this.process);
		removeShutdownHook(this.shutdownHook);
		if (this.settings.deleteOnClose()) {
			DataDirectories.deleteRecursively(this.settings.dataDirectory());
		}
	}

	private static Path writeServerProperties(Path dataDirectory, int port, int controllerPort,
			Map<String, String> extraProperties) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		// Static voters: a single combined node needs no dynamic quorum bootstrapping.
		properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("log.dirs", dataDirectory.resolve("kafka-logs").toString());
		properties.setProperty("num.partitions", "3");
		// One broker: every internal topic must be satisfiable with a single replica.
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("min.insync.replicas", "1");
		// Fewer internal partitions: the first consumer group waits until all exist.
		properties.setProperty("offsets.topic.num.partitions", "5");
		properties.setProperty("transaction.state.log.num.partitions", "5");
		// Topics are declared by the services; a typo must not silently create a new one.
		properties.setProperty("auto.create.topics.enable", "false");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		properties.putAll(extraProperties);
		Path file = dataDirectory.resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, "Written by " + EmbeddedKafkaBroker.class.getName() + " on every start");
		}
		return file;
	}

	private static void formatIfNeeded(Settings settings, String clusterId, Path dataDirectory, Path serverProperties,
			List<String> logging, Path brokerLog) throws IOException {
		if (Files.exists(dataDirectory.resolve("kafka-logs").resolve("meta.properties"))) {
			return;
		}
		// Static voters in server.properties, so neither --standalone nor
		// --initial-controllers applies.
		List<String> command = ChildJvm.command(settings.classpath(), concat(STORAGE_TOOL_JVM_OPTIONS, logging),
				"kafka.tools.StorageTool",
				List.of("format", "--cluster-id", clusterId, "--config", serverProperties.toString()));
		Process format = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(brokerLog.toFile()))
			.start();
		try {
			if (!format.waitFor(60, TimeUnit.SECONDS)) {
				format.destroyForcibly();
				throw new IllegalStateException("Formatting the Kafka storage timed out. " + logTail(brokerLog));
			}
		}
		catch (InterruptedException ex) {
			format.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while formatting the Kafka storage", ex);
		}
		if (format.exitValue() != 0) {
			throw new IllegalStateException(
					"Formatting the Kafka storage failed (exit " + format.exitValue() + "). " + logTail(brokerLog));
		}
	}

	// Kept in the data directory so a restart of the local run reuses the same cluster.
	private static String clusterId(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("cluster.id");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).trim();
		}
		String clusterId = Uuid.randomUuid().toString();
		Files.writeString(file, clusterId + System.lineSeparator(), StandardCharsets.UTF_8);
		return clusterId;
	}

	private static void awaitReady(Process process, int port, String clusterId, Duration timeout, Path brokerLog) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String bootstrapServers = "127.0.0.1:" + port;
		// Plain connects first: an admin client on a closed port warns every 100 ms.
		while (!acceptsConnections(port)) {
			checkAlive(process, brokerLog);
			if (System.nanoTime() > deadline) {
				throw notReady(bootstrapServers, timeout, "port closed", brokerLog);
			}
			sleep(Duration.ofMillis(100));
		}
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				2000, AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
		Exception lastFailure = null;
		try (Admin admin = Admin.create(config)) {
			while (System.nanoTime() < deadline) {
				checkAlive(process, brokerLog);
				try {
					// Our cluster id: not some other broker already listening on a fixed
					// port (ours then fails to bind and exits).
					DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
					if (clusterId.equals(cluster.clusterId().get(3, TimeUnit.SECONDS))
							&& !cluster.nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
						return;
					}
					lastFailure = new IllegalStateException("a broker of another cluster answers on port " + port);
				}
				catch (ExecutionException | TimeoutException ex) {
					lastFailure = ex;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the Kafka broker", ex);
				}
				sleep(Duration.ofMillis(100));
			}
		}
		throw notReady(bootstrapServers, timeout, String.valueOf(lastFailure), brokerLog);
	}

	private static boolean acceptsConnections(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void checkAlive(Process process, Path brokerLog) {
		if (!process.isAlive()) {
			throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
					+ " during start-up. " + logTail(brokerLog));
		}
	}

	private static IllegalStateException notReady(String bootstrapServers, Duration timeout, String lastFailure,
			Path brokerLog) {
		return new IllegalStateException("The Kafka broker on " + bootstrapServers + " did not answer within "
				+ timeout.toSeconds() + " s (last failure: " + lastFailure + "). " + logTail(brokerLog));
	}

	private static void stop(Process process) {
		if (!process.isAlive()) {
			return;
		}
		// SIGTERM lets Kafka run its shutdown hook and close the logs cleanly.
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				logger.warn("Kafka broker did not stop within {} s, killing it", STOP_TIMEOUT.toSeconds());
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static void removeShutdownHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			// Already shutting down: the hook is running or has run.
		}
	}

	private static String logTail(Path brokerLog) {
		return "Last lines of " + brokerLog + ":" + System.lineSeparator()
				+ LogTail.lastLines(brokerLog, LOG_TAIL_LINES);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the Kafka broker", ex);
		}
	}

	/**
	 * How to run the broker.
	 *
	 * @param dataDirectory where the logs, configuration and cluster id live
	 * @param port the client (PLAINTEXT) port; 0 picks a free one
	 * @param controllerPort the KRaft controller port; 0 picks a free one
	 * @param deleteOnClose whether {@link #close()} deletes the data directory
	 * @param registerShutdownHook whether to stop the broker when this JVM exits (a
	 * caller that orders its own shutdown turns this off)
	 * @param startupTimeout how long to wait for the broker to answer
	 * @param jvmOptions options for the broker's JVM (heap, GC)
	 * @param classpath the broker's classpath; must contain {@code kafka_2.13} and its
	 * runtime dependencies
	 * @param extraProperties broker properties that override the defaults
	 */
	public record Settings(Path dataDirectory, int port, int controllerPort, boolean deleteOnClose,
			boolean registerShutdownHook, Duration startupTimeout, List<String> jvmOptions, String classpath,
			Map<String, String> extraProperties) {

		/**
		 * Heap and GC measured to be enough for tests and the local run; serial GC and C1
		 * only keep start-up and footprint small on a 2-core machine.
		 */
		public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

		public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

		public Settings {
			jvmOptions = List.copyOf(jvmOptions);
			extraProperties = Map.copyOf(extraProperties);
		}

		/**
		 * Free ports and a fresh temporary directory, deleted on close: for tests.
		 * @return the settings
		 */
		public static Settings temporary() {
			return new Settings(DataDirectories.createTemporary("oms-kafka-"), 0, 0, true, true,
					DEFAULT_STARTUP_TIMEOUT, DEFAULT_JVM_OPTIONS, ownClasspath(), Map.of());
		}

		/**
		 * A data directory kept across restarts and fixed ports: for the local run.
		 * @param dataDirectory where the broker keeps its data
		 * @param port the client port
		 * @param controllerPort the KRaft controller port
		 * @return the settings
		 */
		public static Settings persistent(Path dataDirectory, int port, int controllerPort) {
			return new Settings(dataDirectory, port, controllerPort, false, true, DEFAULT_STARTUP_TIMEOUT,
					DEFAULT_JVM_OPTIONS, ownClasspath(), Map.of());
		}

		/**
		 * This JVM's classpath with absolute entries, since the broker runs in its data
		 * directory ({@code java -jar oms-local/target/oms-local.jar} makes it relative).
		 * @return the classpath
		 */
		public static String ownClasspath() {
			return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter((entry) -> !entry.isEmpty())
				.map((entry) -> Path.of(entry).toAbsolutePath().toString())
				.collect(Collectors.joining(File.pathSeparator));
		}

		public Settings withoutShutdownHook() {
			return new Settings(this.dataDirectory, this.port, this.controllerPort, this.deleteOnClose, false,
					this.startupTimeout, this.jvmOptions, this.classpath, this.extraProperties);
		}

		public Settings withJvmOptions(List<String> jvmOptions) {
			return new Settings(this.dataDirectory, this.port, this.controllerPort, this.deleteOnClose,
					this.registerShutdownHook, this.startupTimeout, jvmOptions, this.classpath, this.extraProperties);
		}

		public Settings withClasspath(String classpath) {
			return new Settings(this.dataDirectory, this.port, this.controllerPort, this.deleteOnClose,
					this.registerShutdownHook, this.startupTimeout, this.jvmOptions, classpath, this.extraProperties);
		}

		public Settings withExtraProperties(Map<String, String> extraProperties) {
			return new Settings(this.dataDirectory, this.port, this.controllerPort, this.deleteOnClose,
					this.registerShutdownHook, this.startupTimeout, this.jvmOptions, this.classpath, extraProperties);
		}

	}

}

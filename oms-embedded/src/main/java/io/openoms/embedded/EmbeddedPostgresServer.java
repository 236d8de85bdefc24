package io.openoms.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the binaries that zonky ships in a Maven artifact.
 * <p>
 * Two modes: {@linkplain #startTemporary() temporary} (tests: free port, throwaway data,
 * durability off for speed) and {@linkplain #startPersistent(Path, int) persistent} (the
 * local run: fixed port, data kept across restarts, durable settings). The directory
 * holds {@code data/} (the cluster) and {@code postgres.log} (the server's output).
 * Authentication is {@code trust} on the loopback interface, so the password is not
 * checked; it is only there for clients that require one.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String USERNAME = "postgres";

	private static final String PASSWORD = "postgres";

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final String DUPLICATE_DATABASE = "42P04";

	private final Settings settings;

	private final EmbeddedPostgres postgres;

	private final Duration startupTime;

	private EmbeddedPostgresServer(Settings settings, EmbeddedPostgres postgres, Duration startupTime) {
		this.settings = settings;
		this.postgres = postgres;
		this.startupTime = startupTime;
	}

	/**
	 * Start a server on a free port with throwaway data, deleted on {@link #close()}.
	 * @return the running server
	 */
	public static EmbeddedPostgresServer startTemporary() {
		return start(Settings.temporary());
	}

	/**
	 * Start a server whose data survives restarts.
	 * @param directory where the data and the server log are kept
	 * @param port the port to listen on
	 * @return the running server
	 */
	public static EmbeddedPostgresServer startPersistent(Path directory, int port) {
		return start(Settings.persistent(directory, port));
	}

	/**
	 * Start a server with the given settings; blocks until it accepts connections.
	 * @param settings the mode, directory and port
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Settings settings) {
		long started = System.nanoTime();
		Path directory = settings.directory().toAbsolutePath();
		Path dataDirectory = directory.resolve("data");
		Path logFile = directory.resolve("postgres.log");
		try {
			Files.createDirectories(directory);
			if (!settings.throwaway()) {
				stopOrphanedServer(dataDirectory);
			}
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(settings.throwaway())
				.setPort((settings.port() != 0) ? settings.port() : FreePorts.find())
				.setRegisterShutdownHook(settings.registerShutdownHook())
				.setPGStartupWait(settings.startupTimeout())
				.setLocaleConfig("locale", "C")
				.setServerConfig("max_connections", "300")
				.setServerConfig("timezone", "UTC")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			if (settings.throwaway()) {
				// Test data is thrown away, so durability only costs time.
				builder.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off");
			}
			else {
				// zonky turns fsync and synchronous commit off by default; the local run
				// keeps its data.
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					// Room for the working set and fewer checkpoints under load; the
					// statement statistics show what the services spend the database on.
					.setServerConfig("shared_buffers", "256MB")
					.setServerConfig("max_wal_size", "2GB")
					// A fresh database's tables grow from empty: until they are first
					// analysed, cached plans made for empty tables scan them whole. With
					// the default of a minute, a short benchmark ran a minute of
					// sequential scans (ADR 0017).
					.setServerConfig("autovacuum_naptime", "10s")
					.setServerConfig("shared_preload_libraries", "pg_stat_statements");
			}
			EmbeddedPostgres postgres = builder.start();
			Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
			logger.info("PostgreSQL started on port {} in {} ms (data in {})", postgres.getPort(),
					startupTime.toMillis(), dataDirectory);
			return new EmbeddedPostgresServer(settings, postgres, startupTime);
		}
		catch (IOException | RuntimeException ex) {
			String logTail = LogTail.lastLines(logFile, 40);
			if (settings.throwaway()) {
				DataDirectories.deleteRecursively(directory);
			}
			throw new IllegalStateException("PostgreSQL did not start in " + dataDirectory + ": " + ex.getMessage()
					+ System.lineSeparator() + "Last lines of " + logFile + ":" + System.lineSeparator() + logTail, ex);
		}
	}

	/**
	 * Create a database unless it exists. Safe to call concurrently for the same name.
	 * @param name a lower-case SQL identifier
	 */
	public void createDatabaseIfMissing(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"Database name '" + name + "' must be a lower-case identifier matching " + DATABASE_NAME);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD)) {
			try (PreparedStatement exists = connection
				.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, name);
				try (ResultSet result = exists.executeQuery()) {
					if (result.next()) {
						return;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE \"" + name + "\"");
			}
		}
		catch (SQLException ex) {
			if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
				throw new IllegalStateException("Could not create database " + name, ex);
			}
		}
	}

	/**
	 * The JDBC URL of a database on this server (user and password are separate).
	 * @param database the database name
	 * @return {@code jdbc:postgresql://localhost:<port>/<database>}
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	public String username() {
		return USERNAME;
	}

	public String password() {
		return PASSWORD;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path directory() {
		return this.settings.directory();
	}

	public Path logFile() {
		return this.settings.directory().resolve("postgres.log");
	}

	public Duration startupTime() {
		return this.startupTime;
	}

	/**
	 * Stop the server (fast shutdown); deletes the directory if it was temporary.
	 */
	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop PostgreSQL", ex);
		}
		if (this.settings.throwaway()) {
			DataDirectories.deleteRecursively(this.settings.directory());
		}
	}

	// A previous local run killed with SIGKILL leaves its postmaster running on the same
	// data directory, and a new one would refuse to start.
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (postmaster.isEmpty()) {
			return;
		}
		logger.warn("Stopping an orphaned PostgreSQL server (pid {}) left running on {}", postmaster.get().pid(),
				dataDirectory);
		try {
			// SIGINT is a fast shutdown; SIGTERM would wait for orphaned clients.
			new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).start().waitFor();
			postmaster.get().onExit().get(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			postmaster.get().destroyForcibly();
		}
	}

	/**
	 * How to run the server.
	 *
	 * @param directory holds {@code data/} and {@code postgres.log}
	 * @param port the port; 0 picks a free one
	 * @param throwaway throwaway mode: fresh data deleted on close, durability off
	 * @param registerShutdownHook whether to stop the server when this JVM exits (a
	 * caller that orders its own shutdown turns this off)
	 * @param startupTimeout how long to wait for the server to accept connections
	 */
	public record Settings(Path directory, int port, boolean throwaway, boolean registerShutdownHook,
			Duration startupTimeout) {

		public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

		/**
		 * Free port, fresh temporary directory, durability off: for tests.
		 * @return the settings
		 */
		public static Settings temporary() {
			return new Settings(DataDirectories.createTemporary("oms-postgres-"), 0, true, true,
					DEFAULT_STARTUP_TIMEOUT);
		}

		/**
		 * Fixed port, data kept across restarts: for the local run.
		 * @param directory where the data and the log live
		 * @param port the port
		 * @return the settings
		 */
		public static Settings persistent(Path directory, int port) {
			return new Settings(directory, port, false, true, DEFAULT_STARTUP_TIMEOUT);
		}

		public Settings withoutShutdownHook() {
			return new Settings(this.directory, this.port, this.throwaway, false, this.startupTimeout);
		}

	}

}

package io.openoms.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.openoms.embedded.ChildJvm;
import io.openoms.embedded.LogTail;

/**
 * One service running as a child process of the local run, its output in a log file.
 */
final class ServiceProcess {

	private final LocalService service;

	private final Path jar;

	private final Path logFile;

	private final Path pidFile;

	private final Process process;

	private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile boolean stopping;

	private String lastHealthAnswer = "no answer";

	private ServiceProcess(LocalService service, Path jar, Path logFile, Path pidFile, Process process) {
		this.service = service;
		this.jar = jar;
		this.logFile = logFile;
		this.pidFile = pidFile;
		this.process = process;
	}

	/**
	 * The service's executable jar, as the services' Boot plugin names it.
	 * @param repositoryRoot the checkout
	 * @param service the service
	 * @return the jar, if it was built
	 */
	static Optional<Path> findJar(Path repositoryRoot, LocalService service) {
		Path target = repositoryRoot.resolve(service.name()).resolve("target");
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "*-exec.jar")) {
			List<Path> found = new ArrayList<>();
			jars.forEach(found::add);
			return found.stream().sorted().findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ServiceProcess start(LocalService service, Path jar, List<String> jvmOptions, List<String> arguments,
			Path logDirectory, Path pidDirectory) throws IOException {
		Files.createDirectories(logDirectory);
		Files.createDirectories(pidDirectory);
		Path pidFile = pidFile(pidDirectory, service);
		Path logFile = logDirectory.resolve(service.name() + ".log");
		Process process = new ProcessBuilder(ChildJvm.jarCommand(jvmOptions, jar, arguments)).redirectErrorStream(true)
			.redirectOutput(logFile.toFile())
			.start();
		Files.writeString(pidFile, process.pid() + System.lineSeparator(), StandardCharsets.UTF_8);
		return new ServiceProcess(service, jar, logFile, pidFile, process);
	}

	LocalService service() {
		return this.service;
	}

	Path logFile() {
		return this.logFile;
	}

	Process process() {
		return this.process;
	}

	boolean isStopping() {
		return this.stopping;
	}

	/**
	 * Ask {@code /actuator/health} once.
	 * @return whether it answered 200
	 * @throws ServiceStartFailure if the service has exited
	 */
	boolean isHealthy() throws ServiceStartFailure {
		if (!this.process.isAlive()) {
			throw new ServiceStartFailure(
					this.service.name() + " exited with code " + this.process.exitValue() + " while starting", this);
		}
		HttpRequest request = HttpRequest.newBuilder(healthUri()).timeout(Duration.ofSeconds(5)).GET().build();
		try {
			HttpResponse<String> response = this.httpClient.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				return true;
			}
			this.lastHealthAnswer = "HTTP " + response.statusCode() + " " + response.body();
		}
		catch (IOException ex) {
			this.lastHealthAnswer = ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceStartFailure("Interrupted while waiting for " + this.service.name(), this);
		}
		return false;
	}

	ServiceStartFailure notHealthyWithin(Duration timeout) {
		return new ServiceStartFailure(this.service.name() + " did not report healthy at " + healthUri() + " within "
				+ timeout.toSeconds() + " s (last answer: " + this.lastHealthAnswer + ")", this);
	}

	private URI healthUri() {
		return URI.create("http://localhost:" + this.service.port() + "/actuator/health");
	}

	/**
	 * Ask the service to stop (SIGTERM, so Spring closes its consumers and pool); returns
	 * at once.
	 */
	void requestStop() {
		this.stopping = true;
		this.process.destroy();
	}

	/**
	 * Wait for a requested stop, killing the service if it takes too long.
	 * @param timeout how long to wait before killing it
	 */
	void awaitStopped(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				System.out.println(
						"  " + this.service.name() + " did not stop within " + timeout.toSeconds() + " s, killing it");
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// A stale pid file is checked against the jar before anything is killed.
		}
	}

	String logTail(int lines) {
		return LogTail.lastLines(this.logFile, lines);
	}

	/**
	 * Stop the service if an earlier local run, killed with SIGKILL, left it running and
	 * holding its port.
	 * @param service the service
	 * @param jar its jar, which the leftover process must be running
	 * @param pidDirectory where the pid files are kept
	 * @throws IOException if the pid file cannot be read
	 */
	static void stopLeftover(LocalService service, Path jar, Path pidDirectory) throws IOException {
		Path pidFile = pidFile(pidDirectory, service);
		if (!Files.exists(pidFile)) {
			return;
		}
		String content = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
		Files.delete(pidFile);
		long pid;
		try {
			pid = Long.parseLong(content);
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info()
				.commandLine()
				.map((line) -> line.contains(jar.getFileName().toString()))
				.orElse(false));
		if (leftover.isPresent()) {
			System.out.println("  stopping " + jar.getFileName() + " left running by an earlier run (pid " + pid + ")");
			leftover.get().destroy();
			try {
				leftover.get().onExit().get(20, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				leftover.get().destroyForcibly();
			}
		}
	}

	private static Path pidFile(Path pidDirectory, LocalService service) {
		return pidDirectory.resolve(service.name() + ".pid");
	}

	@Override
	public String toString() {
		return this.service.name() + " (pid " + this.process.pid() + ", " + this.jar + ")";
	}

}

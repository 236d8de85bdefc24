package io.openoms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.openoms.embedded.EmbeddedKafkaBroker;

/**
 * A Kafka broker of the fault test's own, on a data directory and ports that survive a
 * restart, so the test can stop it under load and start it again where it left off.
 */
final class RestartableBroker implements AutoCloseable {

	private final EmbeddedKafkaBroker.Settings settings;

	private EmbeddedKafkaBroker broker;

	private RestartableBroker(EmbeddedKafkaBroker.Settings settings) {
		this.settings = settings;
	}

	static RestartableBroker start(Path dataDirectory) {
		RestartableBroker broker = new RestartableBroker(
				EmbeddedKafkaBroker.Settings.persistent(dataDirectory, freePort(), freePort()));
		broker.start();
		return broker;
	}

	String bootstrapServers() {
		return "127.0.0.1:" + this.settings.port();
	}

	/** Stops the broker as an operator would (a controlled shutdown). */
	synchronized void stop() {
		if (this.broker != null) {
			this.broker.close();
			this.broker = null;
		}
	}

	/** Starts it again on the same data and ports; returns once it answers clients. */
	synchronized void start() {
		if (this.broker == null) {
			this.broker = EmbeddedKafkaBroker.start(this.settings);
		}
	}

	Path logFile() {
		return this.settings.dataDirectory().resolve("broker.log");
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

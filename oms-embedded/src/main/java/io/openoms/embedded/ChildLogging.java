package io.openoms.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Logging configuration for the broker's JVM.
 * <p>
 * The child runs on whatever classpath its parent has, so Kafka's SLF4J calls may land in
 * Logback (a Spring Boot test classpath) and its Log4j calls in log4j-core. Both get an
 * explicit configuration; otherwise Logback would pick up the parent's
 * {@code logback-test.xml} or log everything at DEBUG.
 */
final class ChildLogging {

	/** Start, stop and version lines at INFO; everything else only when it goes wrong. */
	private static final List<String> INFO_LOGGERS = List.of("kafka.server.KafkaRaftServer",
			"kafka.server.BrokerServer", "kafka.server.ControllerServer", "org.apache.kafka.common.utils.AppInfoParser",
			"io.openoms");

	private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

	private ChildLogging() {
	}

	/**
	 * Write the configuration files into a directory.
	 * @param directory where to write them
	 * @return the JVM options that point the child at them
	 * @throws IOException if they cannot be written
	 */
	static List<String> configure(Path directory) throws IOException {
		Path logback = directory.resolve("logback-child.xml");
		Path log4j2 = directory.resolve("log4j2-child.properties");
		Files.writeString(logback, logback(), StandardCharsets.UTF_8);
		Files.writeString(log4j2, log4j2(), StandardCharsets.UTF_8);
		// kafka-server always brings log4j-core; naming it stops Log4j's warning about a
		// second provider (log4j-to-slf4j) on a Spring Boot classpath.
		return List.of("-Dlogback.configurationFile=" + logback, "-Dlog4j2.configurationFile=" + log4j2,
				"-Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider", "-Dlog4j2.statusLoggerLevel=WARN");
	}

	private static String logback() {
		StringBuilder xml = new StringBuilder();
		xml.append("<configuration>\n");
		xml.append("  <appender name=\"STDOUT\" class=\"ch.qos.logback.core.ConsoleAppender\">\n");
		xml.append("    <encoder><pattern>").append(PATTERN).append("</pattern></encoder>\n");
		xml.append("  </appender>\n");
		for (String logger : INFO_LOGGERS) {
			xml.append("  <logger name=\"").append(logger).append("\" level=\"INFO\"/>\n");
		}
		xml.append("  <root level=\"WARN\"><appender-ref ref=\"STDOUT\"/></root>\n");
		xml.append("</configuration>\n");
		return xml.toString();
	}

	private static String log4j2() {
		StringBuilder properties = new StringBuilder();
		properties.append("status = warn\n");
		properties.append("appender.stdout.type = Console\n");
		properties.append("appender.stdout.name = STDOUT\n");
		properties.append("appender.stdout.layout.type = PatternLayout\n");
		properties.append("appender.stdout.layout.pattern = ").append(PATTERN).append("\n");
		properties.append("rootLogger.level = WARN\n");
		properties.append("rootLogger.appenderRef.stdout.ref = STDOUT\n");
		for (int i = 0; i < INFO_LOGGERS.size(); i++) {
			properties.append("logger.l").append(i).append(".name = ").append(INFO_LOGGERS.get(i)).append("\n");
			properties.append("logger.l").append(i).append(".level = INFO\n");
		}
		return properties.toString();
	}

}

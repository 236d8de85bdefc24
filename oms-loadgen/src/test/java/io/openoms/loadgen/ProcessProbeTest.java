package io.openoms.loadgen;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessProbeTest {

	@Test
	void describesAServiceByItsJvmOptionsAndJar() {
		assertThat(ProcessProbe.shortCommand(List.of("/usr/bin/java", "-Xms64m", "-Xmx256m", "-Dx=y", "-jar",
				"/w/order-service/target/order-service-0.1.0-SNAPSHOT-exec.jar", "--server.port=8080")))
			.isEqualTo("java -Xms64m -Xmx256m -jar order-service-0.1.0-SNAPSHOT-exec.jar");
	}

	@Test
	void describesTheBrokerAndPostgresWithoutTheirLongClasspathOrPaths() {
		assertThat(ProcessProbe.shortCommand(List.of("/usr/bin/java", "-Xmx512m", "-cp", "a.jar:b.jar",
				"io.openoms.embedded.ParentWatchdog", "123", "kafka.Kafka", "/data/server.properties")))
			.isEqualTo("java -Xmx512m ... kafka.Kafka");
		assertThat(ProcessProbe
			.shortCommand(List.of("/tmp/pg/bin/postgres", "-D", "/data", "-p", "15432", "-c", "fsync=on")))
			.isEqualTo("postgres -c fsync=on");
	}

	@Test
	void findsNothingOnAPortNobodyListensOn() {
		assertThat(ProcessProbe.find(java.util.Map.of("nobody", 1)).components()).isEmpty();
	}

}

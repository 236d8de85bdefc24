package io.openoms.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalSettingsTest {

	private final Path root = Path.of("/checkout");

	@Test
	void defaultsKeepDataInTheCheckoutOnFixedPorts() {
		LocalSettings settings = LocalSettings.from(this.root, Map.of());

		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/checkout/.oms-data"));
		assertThat(settings.logDirectory()).isEqualTo(Path.of("/checkout/.oms-data/logs"));
		assertThat(settings.postgresPort()).isEqualTo(15432);
		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
		assertThat(settings.serviceJvmOptions()).contains("-Xmx256m");
		assertThat(settings.kafkaJvmOptions()).contains("-Xmx512m");
	}

	@Test
	void environmentOverridesDirectoryPortsAndJvmOptions() {
		LocalSettings settings = LocalSettings.from(this.root,
				Map.of("OMS_DATA_DIR", "/var/oms", "OMS_POSTGRES_PORT", "5432", "OMS_KAFKA_PORT", "9092",
						"OMS_KAFKA_CONTROLLER_PORT", "9093", "OMS_SERVICE_JAVA_OPTS", " -Xmx512m  -Dfoo=bar "));

		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/oms"));
		assertThat(settings.postgresPort()).isEqualTo(5432);
		assertThat(settings.kafkaPort()).isEqualTo(9092);
		assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
		assertThat(settings.serviceJvmOptions()).isEqualTo(List.of("-Xmx512m", "-Dfoo=bar"));
	}

	@Test
	void portThatIsNotANumberIsRejectedWithTheVariableName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalSettings.from(this.root, Map.of("OMS_KAFKA_PORT", "kafka")))
			.withMessageContaining("OMS_KAFKA_PORT");
	}

	@Test
	void servicesHaveTheirOwnPortAndDatabase() {
		assertThat(LocalService.ALL).extracting(LocalService::name)
			.containsExactly("order-service", "payment-service", "inventory-service", "shipping-service");
		assertThat(LocalService.ALL).extracting(LocalService::port).containsExactly(8080, 8081, 8082, 8083);
		assertThat(LocalService.ALL).extracting(LocalService::database)
			.containsExactly("orders", "payments", "inventory", "shipping");
	}

}

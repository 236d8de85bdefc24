package io.openoms.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.messaging.EventCodec;
import io.openoms.testsupport.ServiceTestProperties;
import io.openoms.testsupport.TestEvents;
import io.openoms.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every order-service integration test needs: the whole service on a random port
 * against the shared broker and a fresh database of the class's own, the topics the class
 * names recorded, and an HTTP client and event publisher for the running service.
 * Subclasses say what varies with {@link OrderServiceUnderTest} and only state what they
 * test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + OrderServiceApplication.CONFIG_NAME)
@ContextCustomizerFactories(OrderServiceITSupport.OwnDatabaseFactory.class)
abstract class OrderServiceITSupport {

	static final JsonMapper json = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newHttpClient();

	private static TopicRecorder topics;

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void recordTopics(TestInfo test) {
		topics = TopicRecorder.start(setupOf(test.getTestClass().orElseThrow()).recordedTopics());
	}

	@AfterAll
	static void stopRecording() {
		topics.close();
	}

	/** The recorder of the topics the test class names. */
	static TopicRecorder topics() {
		return topics;
	}

	static <P extends EventPayload> EventEnvelope<P> envelope(P payload) {
		UUID id = UUID.randomUUID();
		return new EventEnvelope<>(id, payload.getClass().getSimpleName(), 1, payload.orderId(), Instant.now(), id, id,
				"test", payload);
	}

	/** Publish an event as its producer would, keyed by its order id. */
	void publish(String topic, EventEnvelope<?> event) {
		TestEvents.publish(topic, event.orderId().toString(), this.codec.encode(event));
	}

	/** Place an order and answer its id. */
	String placeOrder(String body) throws Exception {
		HttpResponse<String> response = post("/api/orders", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).path("id").asString();
	}

	JsonNode getOrder(Object orderId) throws Exception {
		return json.readTree(get("/api/orders/" + orderId).body());
	}

	void awaitStatus(Object orderId, String status) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(getOrder(orderId).path("status").asString()).isEqualTo(status));
	}

	/** The fields a problem response names, in its order. */
	static List<String> fields(HttpResponse<String> response) {
		return json.readTree(response.body())
			.path("errors")
			.valueStream()
			.map((error) -> error.path("field").asString())
			.toList();
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String body) throws Exception {
		return send("POST", path, body);
	}

	HttpResponse<String> send(String method, String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static OrderServiceUnderTest setupOf(Class<?> testClass) {
		OrderServiceUnderTest setup = testClass.getAnnotation(OrderServiceUnderTest.class);
		if (setup == null) {
			throw new IllegalStateException(testClass.getName() + " must be annotated with @OrderServiceUnderTest");
		}
		return setup;
	}

	/**
	 * Gives each test class's context the database its {@link OrderServiceUnderTest}
	 * names, as {@code @DynamicPropertySource} would; classes with different databases
	 * get different contexts.
	 */
	static final class OwnDatabaseFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			OrderServiceUnderTest setup = testClass.getAnnotation(OrderServiceUnderTest.class);
			return (setup != null) ? new OwnDatabase(setup.database()) : null;
		}

	}

	private record OwnDatabase(String prefix) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new LinkedHashMap<>();
			ServiceTestProperties.register((name, value) -> properties.put(name, value.get()), this.prefix);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("order-service test infrastructure (" + this.prefix + ")", properties));
		}

	}

}

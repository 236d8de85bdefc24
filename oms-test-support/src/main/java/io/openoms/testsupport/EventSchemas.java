package io.openoms.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates Kafka records against the JSON Schemas of the events under
 * {@code docs/schemas/} (ADR 0015): the schema named by the record's
 * {@code oms-event-type} header and its envelope's {@code schemaVersion}, with a real
 * JSON Schema validator (draft 7, formats asserted).
 */
public final class EventSchemas {

	/** The record header the outbox relay writes with the event's name. */
	public static final String TYPE_HEADER = "oms-event-type";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

	private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();

	private EventSchemas() {
	}

	/** {@code docs/schemas} of the repository the tests run in. */
	public static Path directory() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("docs/schemas"))) {
				return dir.resolve("docs/schemas");
			}
		}
		throw new IllegalStateException("no docs/schemas above " + Path.of("").toAbsolutePath());
	}

	/**
	 * @param type the event's name, such as {@code OrderStatusChanged}
	 * @param version its schema version
	 * @param json a record's value
	 * @return what is wrong with the value, empty if it is valid; a missing schema file
	 * is a violation too
	 */
	public static List<String> violations(String type, int version, String json) {
		Path file = directory().resolve(type + ".v" + version + ".schema.json");
		if (!Files.isRegularFile(file)) {
			return List.of("no schema " + file.getFileName() + " in " + directory());
		}
		Schema schema = SCHEMAS.computeIfAbsent(file, (path) -> {
			try {
				return REGISTRY.getSchema(Files.readString(path, StandardCharsets.UTF_8), InputFormat.JSON);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	/**
	 * What is wrong with one recorded record: its value against the schema of its
	 * {@code oms-event-type} header and envelope version, and its key against the
	 * envelope's {@code orderId}.
	 * @param record a record of an OMS topic
	 * @return the violations, each naming the topic and offset; empty if it is valid
	 */
	public static List<String> violations(ConsumerRecord<String, String> record) {
		String where = record.topic() + "@" + record.partition() + ":" + record.offset() + " ";
		Header header = record.headers().lastHeader(TYPE_HEADER);
		if (header == null) {
			return List.of(where + "has no " + TYPE_HEADER + " header");
		}
		String type = new String(header.value(), StandardCharsets.UTF_8);
		JsonNode envelope = JSON.readTree(record.value());
		List<String> problems = new java.util.ArrayList<>(
				violations(type, envelope.path("schemaVersion").asInt(), record.value()));
		if (!envelope.path("orderId").asString("").equals(record.key())) {
			problems.add("key " + record.key() + " is not the envelope's orderId " + envelope.path("orderId"));
		}
		return problems.stream().map((problem) -> where + type + ": " + problem).toList();
	}

}

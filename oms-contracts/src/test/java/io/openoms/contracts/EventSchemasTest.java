package io.openoms.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.openoms.contracts.order.OrderEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas under {@code docs/schemas/} are what the contract records generate:
 * one file per event of the catalog, none else (ADR 0015). Run with
 * {@code -Doms.schemas.write=true} to rewrite them.
 */
class EventSchemasTest {

	static final String REWRITE = "./mvnw -o -q test -pl oms-contracts -Dtest=EventSchemasTest -Doms.schemas.write=true";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final EventSchemaGenerator generator = new EventSchemaGenerator(
			new ContractJavadoc(repository().resolve("oms-contracts/src/main/java")));

	@Test
	void committedSchemasAreTheOnesTheContractRecordsGenerate() throws IOException {
		Map<String, String> expected = new TreeMap<>();
		for (EventType<?> type : EventCatalog.all()) {
			expected.put(EventSchemaGenerator.fileNameOf(type),
					JSON.writeValueAsString(this.generator.schemaOf(type)) + "\n");
		}
		Path directory = repository().resolve("docs/schemas");
		if (Boolean.getBoolean("oms.schemas.write")) {
			write(directory, expected);
		}
		assertThat(committed(directory))
			.as("docs/schemas is out of step with the contract records in oms-contracts;" + " rewrite it with\n  "
					+ REWRITE + "\nand commit the result")
			.isEqualTo(expected);
	}

	@Test
	void asyncApiDocumentReferencesExactlyTheCatalogsSchemas() throws IOException {
		String asyncApi = Files.readString(repository().resolve("docs/asyncapi.yaml"), StandardCharsets.UTF_8);
		Matcher references = Pattern.compile("\\$ref: 'schemas/([^']+)'").matcher(asyncApi);
		Set<String> referenced = new TreeSet<>();
		while (references.find()) {
			referenced.add(references.group(1));
		}

		assertThat(referenced).as("schema files referenced by docs/asyncapi.yaml")
			.containsExactlyInAnyOrderElementsOf(
					EventCatalog.all().stream().map(EventSchemaGenerator::fileNameOf).toList());
	}

	@Test
	void nullableComponentsAreOptionalAndTheRestRequired() {
		var schema = this.generator.schemaOf(OrderEvents.STATUS_CHANGED);
		var payload = schema.get("properties").get("payload");

		assertThat(payload.get("required").valueStream().map((node) -> node.asString()))
			.contains("orderId", "status", "revision")
			.doesNotContain("previousStatus", "order");
		assertThat(payload.get("properties")
			.get("previousStatus")
			.get("type")
			.valueStream()
			.map((node) -> node.asString())).containsExactlyInAnyOrder("string", "null");
		assertThat(schema.get("properties").get("schemaVersion").get("const").asInt()).isEqualTo(2);
	}

	private static Map<String, String> committed(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return Map.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".schema.json"))
				.collect(Collectors.toMap((file) -> file.getFileName().toString(), EventSchemasTest::read, (a, b) -> a,
						TreeMap::new));
		}
	}

	private static void write(Path directory, Map<String, String> schemas) throws IOException {
		Files.createDirectories(directory);
		try (Stream<Path> files = Files.list(directory)) {
			for (Path stale : files.filter((file) -> file.getFileName().toString().endsWith(".schema.json")).toList()) {
				Files.delete(stale);
			}
		}
		for (Map.Entry<String, String> schema : schemas.entrySet()) {
			Files.writeString(directory.resolve(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The root of the repository this module is built in. */
	static Path repository() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("docs/adr"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no docs/adr above " + Path.of("").toAbsolutePath());
	}

}

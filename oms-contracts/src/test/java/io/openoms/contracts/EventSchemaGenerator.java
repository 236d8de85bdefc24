package io.openoms.contracts;

import java.util.function.Predicate;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of one event's wire form, the {@link EventEnvelope} around
 * its payload record, from the contract records (ADR 0015). The rule: a component
 * annotated {@link Nullable} may be null or absent, every other one is required and not
 * null; the envelope's {@code type} and {@code schemaVersion} are constants of the event.
 * Unknown properties stay allowed, because readers ignore them (ADR 0005).
 */
final class EventSchemaGenerator {

	private static final Predicate<FieldScope> NULLABLE = (
			field) -> field.getAnnotationConsideringFieldAndGetter(Nullable.class, (annotation) -> true) != null;

	private final SchemaGenerator generator;

	private final ContractJavadoc javadoc;

	EventSchemaGenerator(ContractJavadoc javadoc) {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
				OptionPreset.PLAIN_JSON)
			.with(new JacksonSchemaModule())
			.with(Option.STANDARD_FORMATS, Option.PLAIN_DEFINITION_KEYS);
		config.forFields().withNullableCheck(NULLABLE::test).withRequiredCheck(NULLABLE.negate());
		config.forFields()
			.withStringPatternResolver((field) -> isMoney(field, "currency") ? "^[A-Z]{3}$" : null)
			.withNumberInclusiveMinimumResolver(
					(field) -> isMoney(field, "amountMinor") ? java.math.BigDecimal.ZERO : null);
		config.forFields()
			.withDescriptionResolver(
					(field) -> javadoc.of(field.getDeclaringType().getErasedType(), field.getDeclaredName()));
		this.generator = new SchemaGenerator(config.build());
		this.javadoc = javadoc;
	}

	private static boolean isMoney(FieldScope field, String name) {
		return field.getDeclaringType().getErasedType() == Money.class && field.getName().equals(name);
	}

	/**
	 * @param type the event
	 * @return the schema of its envelope, titled with the event's name and version
	 */
	ObjectNode schemaOf(EventType<?> type) {
		ObjectNode schema = this.generator.generateSchema(EventEnvelope.class, type.payloadType());
		ObjectNode result = schema.objectNode();
		result.set("$schema", schema.get("$schema"));
		result.put("title", type.name() + " v" + type.version());
		result.put("description",
				"The envelope of " + type.name() + " (schema version " + type.version() + ") on topic " + type.topic()
						+ ", payload " + type.payloadType().getName()
						+ ". Generated from the record by EventSchemasTest; do not edit.");
		schema.properties().forEach((entry) -> {
			if (!entry.getKey().equals("$schema") && !entry.getKey().equals("description")) {
				result.set(entry.getKey(), entry.getValue());
			}
		});
		ObjectNode properties = (ObjectNode) result.get("properties");
		((ObjectNode) properties.get("type")).put("const", type.name());
		((ObjectNode) properties.get("schemaVersion")).put("const", type.version());
		((ObjectNode) properties.get("payload")).put("description", this.javadoc.of(type.payloadType()));
		return result;
	}

	/**
	 * @param type the event
	 * @return the name of its schema file under {@code docs/schemas/}, such as
	 * {@code OrderStatusChanged.v2.schema.json}
	 */
	static String fileNameOf(EventType<?> type) {
		return type.name() + ".v" + type.version() + ".schema.json";
	}

}

package io.openoms.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What the OpenAPI documents of all services share (springdoc serves them at
 * {@code /v3/api-docs} and {@code /v3/api-docs.yaml}, Swagger UI at
 * {@code /swagger-ui.html}): the RFC 9457 {@code Problem} schema every error answers
 * with, a fixed server (the local run's port, not the port a test happened to get) and an
 * order that does not depend on the classpath, so the documents checked in under
 * {@code docs/openapi} can be compared with the live ones.
 * <p>
 * A service declares its document with {@link #document} and registers
 * {@link #problemResponses()} as a bean. Its operations declare only the errors that are
 * particular to them ({@code @ApiResponse(responseCode = "409", description = ...)});
 * {@link #problemResponses()} adds a 400 to every operation that takes input and a 404 to
 * every operation with a path variable, and gives every 4xx and 5xx answer the
 * {@code application/problem+json} content.
 */
public final class OpenApiDocuments {

	/** The media type of every error answer. */
	public static final String PROBLEM_JSON = "application/problem+json";

	/** The name of the problem schema under {@code components.schemas}. */
	public static final String PROBLEM_SCHEMA = "Problem";

	/** The tag of oms-messaging's dead-letter API, which every consuming service has. */
	public static final String DEAD_LETTERS = "Dead letters";

	private static final String DEAD_LETTER_PATH = "/api/dead-letters";

	private static final String FIELD_PROBLEM_SCHEMA = "FieldProblem";

	private OpenApiDocuments() {
	}

	/**
	 * A service's document: its title, description and tags, the local run's server, the
	 * problem schemas.
	 * @param title the API's title, such as {@code OpenOMS order-service API}
	 * @param description what the API is for, in Markdown
	 * @param port the service's port in the local run (bin/run-local)
	 * @param tags the API's features, in the order Swagger UI shows them
	 * @return the document for springdoc to complete
	 */
	public static OpenAPI document(String title, String description, int port, Tag... tags) {
		return new OpenAPI()
			.info(new Info().title(title)
				.description(description)
				.version("1")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("http://localhost:" + port)
				.description("The local run (bin/run-local); replace with your deployment's address")))
			.tags(List.of(tags))
			.components(new Components().addSchemas(PROBLEM_SCHEMA, problemSchema())
				.addSchemas(FIELD_PROBLEM_SCHEMA, fieldProblemSchema()));
	}

	/**
	 * A tag: one feature of the API.
	 * @param name the tag's name
	 * @param description what the feature's operations do
	 * @return the tag
	 */
	public static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	/**
	 * Completes every operation's error answers: a 400 invalid-input problem for
	 * operations with parameters or a body, a 404 for operations with a path variable,
	 * and the problem content for every 4xx and 5xx answer. Paths and schemas are sorted.
	 * Also documents oms-messaging's dead-letter API (which has no OpenAPI annotations of
	 * its own).
	 * @return the customizer, to declare as a bean
	 */
	public static OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((path, item) -> {
					if (path.startsWith(DEAD_LETTER_PATH)) {
						describeDeadLetters(openApi, item);
					}
				});
				openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
					addProblems(path, operation);
				}));
			}
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().setSchemas(new TreeMap<>(openApi.getComponents().getSchemas()));
			}
		};
	}

	private static void describeDeadLetters(OpenAPI openApi, PathItem item) {
		if (openApi.getTags() == null
				|| openApi.getTags().stream().noneMatch((t) -> DEAD_LETTERS.equals(t.getName()))) {
			openApi.addTagsItem(tag(DEAD_LETTERS, "Events this service could not process (on the dead-letter "
					+ "topics, ADR 0008): list them, replay one after the cause is fixed"));
		}
		if (item.getGet() != null) {
			item.getGet()
				.operationId("listDeadLetters")
				.summary("List this service's dead letters")
				.tags(List.of(DEAD_LETTERS));
			item.getGet().getResponses().get("200").description("The dead letters");
		}
		if (item.getPost() != null) {
			ApiResponses responses = new ApiResponses();
			responses.addApiResponse("200",
					new ApiResponse().description("Replayed and applied")
						.content(new Content().addMediaType("application/json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/DeadLetterReplay")))));
			responses.addApiResponse("422",
					new ApiResponse().description("The replay failed again (`replay-failed`); it stays a dead letter"));
			item.getPost()
				.operationId("replayDeadLetter")
				.summary("Replay a dead letter")
				.description("Processes the event again, as if it had just arrived; idempotent like every consumer.")
				.tags(List.of(DEAD_LETTERS))
				.responses(responses);
		}
	}

	private static void addProblems(String path, Operation operation) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean input = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (input && !responses.containsKey("400")) {
			responses.addApiResponse("400",
					new ApiResponse().description("Invalid input (`" + ProblemResponsesSupport.INVALID_INPUT
							+ "`): malformed JSON, a missing or "
							+ "invalid field, parameter or header; `errors` names each one to fix"));
		}
		if (path.contains("{") && !responses.containsKey("404")) {
			responses.addApiResponse("404", new ApiResponse().description("Not found: nothing has this id"));
		}
		Map<String, ApiResponse> sorted = new TreeMap<>(responses);
		ApiResponses completed = new ApiResponses();
		sorted.forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
			}
			completed.addApiResponse(code, response);
		});
		operation.setResponses(completed);
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema()
			.description("An RFC 9457 problem. `type` is stable (" + ProblemResponsesSupport.PROBLEM_BASE
					+ "<type>); some problems add properties, such as `orderId`.")
			.addProperty("type",
					new StringSchema().format("uri")
						.example(ProblemResponsesSupport.PROBLEM_BASE + ProblemResponsesSupport.INVALID_INPUT))
			.addProperty("title", new StringSchema().example("Invalid input"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail",
					new StringSchema().example("2 field(s) need a fix: lines[0].quantity, shippingAddress.city"))
			.addProperty("instance", new StringSchema().format("uri-reference").example("/api/orders"))
			.addProperty("errors",
					new ArraySchema().description("Each invalid field, parameter or header (invalid-input only)")
						.items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM_SCHEMA)));
	}

	private static Schema<?> fieldProblemSchema() {
		return new ObjectSchema().description("One field, parameter or header to fix")
			.addProperty("field", new StringSchema().example("lines[0].quantity"))
			.addProperty("message", new StringSchema().example("must be greater than 0"));
	}

}

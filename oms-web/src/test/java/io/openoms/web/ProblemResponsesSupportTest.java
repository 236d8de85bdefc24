package io.openoms.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class ProblemResponsesSupportTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThingController())
		.setControllerAdvice(new ProblemResponses())
		.setMessageConverters(new JacksonJsonHttpMessageConverter(
				JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)))
		.build();

	@Test
	void invalidBodyNamesEveryInvalidField() throws Exception {
		JsonNode problem = invalidInput(postJson("/things", "{\"name\":\"\",\"quantity\":0}"), 400);

		assertThat(problem.path("detail").asString()).startsWith("2 field(s) need a fix: ");
		assertThat(fields(problem)).containsExactlyInAnyOrder("name", "quantity");
	}

	@Test
	void invalidBodyNextToAConstrainedParameterNamesTheBodysFields() throws Exception {
		JsonNode problem = invalidInput(postJson("/things/lower-case", "{\"name\":\"\",\"quantity\":1}"), 400);

		assertThat(fields(problem)).containsExactlyInAnyOrder("code", "name");
	}

	@Test
	void unknownBodyFieldIsNamedWithTheServicesMessage() throws Exception {
		JsonNode problem = invalidInput(postJson("/things", "{\"name\":\"mug\",\"quantity\":1,\"price\":5}"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("price");
		assertThat(problem.path("errors").get(0).path("message").asString())
			.isEqualTo("unknown field: the server sets prices, totals and statuses itself");
	}

	@Test
	void bodyFieldOfTheWrongTypeIsNamedByItsPath() throws Exception {
		JsonNode problem = invalidInput(postJson("/things", "{\"name\":\"mug\",\"quantity\":\"many\"}"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("quantity");
		assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("has the wrong type or format");
	}

	@Test
	void bodyThatIsNotJsonIsNamedBody() throws Exception {
		JsonNode problem = invalidInput(postJson("/things", "{not json"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("body");
		assertThat(problem.path("errors").get(0).path("message").asString()).startsWith("is not valid JSON");
	}

	@Test
	void pathVariableOfTheWrongTypeIsNamed() throws Exception {
		JsonNode problem = invalidInput(get("/things/not-a-uuid"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("id");
		assertThat(problem.path("errors").get(0).path("message").asString())
			.isEqualTo("must be a UUID, was not-a-uuid");
	}

	@Test
	void queryParameterOutsideItsEnumNamesTheAllowedValues() throws Exception {
		JsonNode problem = invalidInput(get("/things?colour=PURPLE"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("colour");
		assertThat(problem.path("errors").get(0).path("message").asString())
			.isEqualTo("must be one of RED, GREEN, was PURPLE");
	}

	@Test
	void headerOfTheWrongTypeIsNamed() throws Exception {
		JsonNode problem = invalidInput(get("/things").header("X-Correlation-Id", "42"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("X-Correlation-Id");
	}

	@Test
	void constrainedQueryParameterIsNamed() throws Exception {
		JsonNode problem = invalidInput(get("/things?limit=0"), 400);

		assertThat(fields(problem)).containsExactly("limit");
	}

	@Test
	void missingQueryParameterIsNamed() throws Exception {
		JsonNode problem = invalidInput(get("/things/of-owner"), 400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("owner");
		assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("is required");
	}

	@Test
	void missingRequiredHeaderIsNamed() throws Exception {
		JsonNode problem = invalidInput(post("/things/orders").contentType(MediaType.APPLICATION_JSON).content("{}"),
				400);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("header is required");
	}

	@Test
	void servicesOwnProblemKeepsItsTypeAndStatus() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/things/" + UUID.randomUUID()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/thing-not-found");
		assertThat(problem.path("title").asString()).isEqualTo("Thing not found");
		assertThat(problem.path("status").asInt()).isEqualTo(404);
	}

	private JsonNode invalidInput(RequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/invalid-input");
		assertThat(problem.path("title").asString()).isEqualTo("Invalid input");
		return problem;
	}

	private static List<String> fields(JsonNode problem) {
		return problem.path("errors").valueStream().map((error) -> error.path("field").asString()).toList();
	}

	private static RequestBuilder postJson(String path, String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	enum Colour {

		RED, GREEN

	}

	record Thing(@NotBlank String name, @NotNull @Min(1) Integer quantity) {
	}

	static class ThingNotFoundException extends RuntimeException {

		ThingNotFoundException(UUID id) {
			super("There is no thing " + id);
		}

	}

	@RestController
	static class ThingController {

		@PostMapping("/things")
		String create(@Valid @RequestBody Thing thing) {
			return thing.name();
		}

		@PostMapping("/things/{code}")
		String createWithCode(@PathVariable @Pattern(regexp = "[A-Z]+") String code, @Valid @RequestBody Thing thing) {
			return code;
		}

		@GetMapping("/things/{id}")
		String get(@PathVariable UUID id) {
			throw new ThingNotFoundException(id);
		}

		@GetMapping("/things")
		String search(@RequestParam(required = false) Colour colour,
				@RequestParam(defaultValue = "10") @Min(1) int limit,
				@RequestHeader(name = "X-Correlation-Id", required = false) UUID correlationId) {
			return "[]";
		}

		@PostMapping("/things/orders")
		String order(@RequestHeader("Idempotency-Key") String idempotencyKey, @RequestBody String body) {
			return idempotencyKey;
		}

		@GetMapping("/things/of-owner")
		String ofOwner(@RequestParam UUID owner) {
			return "[]";
		}

	}

	@RestControllerAdvice
	static class ProblemResponses extends ProblemResponsesSupport {

		@ExceptionHandler(ThingNotFoundException.class)
		ProblemDetail notFound(ThingNotFoundException ex) {
			return problem(HttpStatus.NOT_FOUND, "thing-not-found", "Thing not found", ex.getMessage());
		}

	}

}

package io.openoms.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps a service's checked-in OpenAPI document ({@code docs/openapi/<service>.yaml}) the
 * one the service serves: a test fetches {@code /v3/api-docs.yaml} from the running
 * service and passes it here. If they differ the test fails with the lines that differ
 * and the command that rewrites the file; run with {@value #WRITE_PROPERTY}{@code =true}
 * and the file is written instead.
 *
 * <pre class="code">
 * &#64;Test
 * void servesItsCheckedInOpenApiDocument() {
 *     OpenApiDocumentCheck.assertServedAndUpToDate("order-service", OrderServiceIT.class, url(""));
 * }
 * </pre>
 */
public final class OpenApiDocumentCheck {

	/** The system property that makes the check write the document instead. */
	public static final String WRITE_PROPERTY = "oms.openapi.write";

	private static final int MAX_SHOWN_LINES = 30;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private OpenApiDocumentCheck() {
	}

	/**
	 * Fails unless the service at {@code baseUrl} serves its document as JSON and YAML
	 * and Swagger UI, and the YAML is the checked-in document.
	 * @param service the service's name, such as {@code order-service}
	 * @param itClass the integration test that runs the service, named in the command
	 * @param baseUrl where the service runs, such as {@code http://localhost:43210}
	 */
	public static void assertServedAndUpToDate(String service, Class<?> itClass, String baseUrl) {
		HttpResponse<String> json = get(baseUrl + "/v3/api-docs");
		assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
		assertThat(json.body()).startsWith("{").contains("\"openapi\"");
		HttpResponse<String> ui = get(baseUrl + "/swagger-ui/index.html");
		assertThat(ui.statusCode()).as("Swagger UI").isEqualTo(200);
		HttpResponse<String> yaml = get(baseUrl + "/v3/api-docs.yaml");
		assertThat(yaml.statusCode()).as(yaml.body()).isEqualTo(200);
		assertUpToDate(service, itClass, yaml.body());
	}

	/**
	 * Fails unless the live document is the checked-in one (or writes it, with
	 * {@value #WRITE_PROPERTY}{@code =true}).
	 * @param service the service's name, such as {@code order-service}
	 * @param itClass the integration test that fetched the document, named in the command
	 * @param live the document the running service serves at {@code /v3/api-docs.yaml}
	 */
	public static void assertUpToDate(String service, Class<?> itClass, String live) {
		Path file = repositoryRoot().resolve("docs/openapi/" + service + ".yaml");
		String expected = normalized(live);
		try {
			if (Boolean.getBoolean(WRITE_PROPERTY)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, expected, StandardCharsets.UTF_8);
				return;
			}
			String checkedIn = Files.exists(file) ? normalized(Files.readString(file, StandardCharsets.UTF_8)) : "";
			if (!checkedIn.equals(expected)) {
				fail("""
						%s serves an OpenAPI document that is not the checked-in %s.
						If the API change is intended, rewrite the file and commit it:

						  ./mvnw -o verify -pl %s -am -Dit.test=%s -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \\
						    -Dfailsafe.failIfNoSpecifiedTests=false -D%s=true

						%s"""
					.formatted(service, repositoryRoot().relativize(file), service, itClass.getSimpleName(),
							WRITE_PROPERTY, difference(checkedIn, expected)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static HttpResponse<String> get(String url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The lines between the common start and the common end of both texts, as a diff
	 * would show them ({@code -} checked in, {@code +} served).
	 */
	static String difference(String checkedIn, String served) {
		List<String> old = checkedIn.lines().toList();
		List<String> now = served.lines().toList();
		int start = 0;
		while (start < old.size() && start < now.size() && old.get(start).equals(now.get(start))) {
			start++;
		}
		int endOld = old.size();
		int endNow = now.size();
		while (endOld > start && endNow > start && old.get(endOld - 1).equals(now.get(endNow - 1))) {
			endOld--;
			endNow--;
		}
		StringBuilder diff = new StringBuilder("--- checked in\n+++ served\n@@ -%d,%d +%d,%d @@\n".formatted(start + 1,
				endOld - start, start + 1, endNow - start));
		appendLines(diff, "-", old.subList(start, endOld));
		appendLines(diff, "+", now.subList(start, endNow));
		return diff.toString();
	}

	private static void appendLines(StringBuilder diff, String sign, List<String> lines) {
		lines.stream().limit(MAX_SHOWN_LINES).forEach((line) -> diff.append(sign).append(line).append('\n'));
		if (lines.size() > MAX_SHOWN_LINES) {
			diff.append(sign).append(" ... ").append(lines.size() - MAX_SHOWN_LINES).append(" more lines\n");
		}
	}

	private static String normalized(String text) {
		String unix = text.replace("\r\n", "\n");
		return unix.endsWith("\n") ? unix : unix + "\n";
	}

	/** The directory with {@code mvnw}, above the module the test runs in. */
	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

}

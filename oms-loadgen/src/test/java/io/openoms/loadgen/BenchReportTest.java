package io.openoms.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

	private static final Path BENCHMARKS = Path.of("..", "docs", "benchmarks", "2026-11-25");

	private static final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@MethodSource("checkedInRuns")
	void markdownFromTheResultFiguresIsTheCheckedInReport(Path run) throws IOException {
		assertThat(BenchReport.markdown(result(run))).isEqualTo(Files.readString(run.resolve("report.md")));
	}

	/**
	 * The checked-in runs the report's current form describes: those with the cold-start
	 * figures (earlier runs were reported before the report had them).
	 */
	static Stream<Path> checkedInRuns() throws IOException {
		try (Stream<Path> runs = Files.list(BENCHMARKS)) {
			return runs.filter((run) -> Files.exists(run.resolve("report.md")))
				.filter((run) -> result(run).containsKey("coldStart"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> result(Path run) {
		return json.readValue(run.resolve("result.json").toFile(), Map.class);
	}

}

package io.openoms.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.openoms.systemtest.ChaosFaults.Fault;
import io.openoms.systemtest.ChaosLoad.Kind;

/**
 * The fault test's summary: what was placed, what was broken, how long the system took to
 * settle and what the audit found. Filled in as the run goes, so that a run that fails
 * half-way still reports what it got to.
 */
final class ChaosReport {

	final List<String> problems = new ArrayList<>();

	long seed;

	int plannedOrders;

	Duration plannedDuration;

	Duration deliveryDelay;

	Map<Kind, Integer> placedByKind = Map.of();

	Map<String, Long> outcomes = Map.of();

	Map<Integer, Long> cancelAnswers = Map.of();

	int placeRetries;

	int cancelRetries;

	int lostAnswers;

	List<Fault> faults = List.of();

	Duration loadTook;

	Duration faultsTook;

	Duration timeToQuiet;

	String quiet = "not reached";

	String statusTopic = "not checked";

	String deadLetters = "not checked";

	String audit = "not run";

	String abortedBy;

	boolean passed() {
		return this.abortedBy == null && this.problems.isEmpty();
	}

	String text() {
		int placed = this.placedByKind.values().stream().mapToInt(Integer::intValue).sum();
		long kills = this.faults.stream().filter((fault) -> fault.description().startsWith("kill")).count();
		List<String> lines = new ArrayList<>();
		lines.add(row("seed", this.seed + " (repeat with OMS_CHAOS_SEED=" + this.seed + " bin/chaos-test)"));
		lines.add(row("load", this.plannedOrders + " orders planned over " + this.plannedDuration.toSeconds()
				+ " s, carrier delivers " + this.deliveryDelay.toMillis() + " ms after dispatch"
				+ ((this.loadTook != null) ? "; placing took " + seconds(this.loadTook) : "")
				+ ((this.faultsTook != null) ? ", the last fault was over after " + seconds(this.faultsTook) : "")));
		lines.add(row("orders placed",
				placed + ": "
						+ this.placedByKind.entrySet()
							.stream()
							.map((entry) -> entry.getKey().label + " " + entry.getValue())
							.collect(Collectors.joining(", "))));
		lines.add(row("outcomes",
				join(this.outcomes) + "; cancellations answered "
						+ this.cancelAnswers.entrySet()
							.stream()
							.map((entry) -> entry.getKey() + " x" + entry.getValue())
							.collect(Collectors.joining(", "))));
		lines.add(row("HTTP retries",
				(this.placeRetries + this.cancelRetries) + " (placing " + this.placeRetries + ", cancelling "
						+ this.cancelRetries + "), each the same request sent again; orders created "
						+ "by a request whose answer was lost: " + this.lostAnswers));
		lines.add(row("faults injected",
				this.faults.size() + " (" + kills + " kill -9, " + (this.faults.size() - kills) + " broker restart)"));
		this.faults.forEach((fault) -> lines.add("  " + fault));
		lines.add(row("time to quiet",
				((this.timeToQuiet != null) ? seconds(this.timeToQuiet) + " after the load and the faults ended; " : "")
						+ this.quiet));
		lines.add(row("status topic", this.statusTopic));
		lines.add(row("dead letters", this.deadLetters));
		lines.add(row("audit", this.audit.replace("\n", "\n" + " ".repeat(17))));
		if (this.abortedBy != null) {
			lines.add(row("aborted by", this.abortedBy));
		}
		this.problems.stream().limit(50).forEach((problem) -> lines.add(row("problem", problem)));
		if (this.problems.size() > 50) {
			lines.add(row("problem", "... and " + (this.problems.size() - 50) + " more"));
		}
		lines.add(row("result", passed() ? "PASSED" : "FAILED"));
		return String.join(System.lineSeparator(), lines);
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "# OpenOMS fault test" + System.lineSeparator() + System.lineSeparator() + "```text"
				+ System.lineSeparator() + text() + System.lineSeparator() + "```" + System.lineSeparator());
	}

	private static String row(String label, String value) {
		return String.format("%-16s %s", label, value);
	}

	private static String join(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	private static String seconds(Duration duration) {
		return String.format("%.1f s", duration.toMillis() / 1000.0);
	}

}

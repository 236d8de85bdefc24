package io.openoms.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one run, computed from what was measured, and written as
 * {@code result.json}, {@code report.md} and three SVG plots.
 */
final class BenchReport {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final BenchSettings settings;

	private final Map<String, Object> result = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private final Latencies latencies = new Latencies();

	private final Map<String, long[]> perSecond;

	private final List<SystemSampler.Sample> samples;

	private final int loadSeconds;

	BenchReport(BenchSettings settings, String arguments, Instant startedAt, long start, long loadEnd, long drainEnd,
			LoadDriver driver, StatusTracker tracker, Timeline timeline, List<SystemSampler.Sample> samples,
			ProcessProbe probe, Map<String, Object> reconciliation, String loadBefore, String loadAfter,
			ColdStart.SystemStart system) {
		this.settings = settings;
		this.samples = samples;
		int seconds = (int) Math.ceil((drainEnd - start) / 1e9);
		this.loadSeconds = (int) Math.ceil((loadEnd - start) / 1e9);
		this.perSecond = timeline.snapshot(Math.max(1, seconds));
		long warmupEnd = start + settings.warmup().toNanos();
		double steadySeconds = Math.max(1e-3, (loadEnd - warmupEnd) / 1e9);

		this.result.put("label", settings.label());
		this.result.put("startedAt", startedAt.toString());
		this.result.put("command", "bin/bench " + arguments);
		this.result.put("settings", settings.describe());
		this.result.put("localRun", System.getenv().getOrDefault("OMS_BENCH_LOCAL_RUN", "(started separately)"));
		this.result.put("machine", machine(loadBefore, loadAfter));

		List<StatusTracker.OrderTrack> placed = tracker.placed();
		Map<String, Object> orders = new LinkedHashMap<>();
		long completed = 0;
		long cancelled = 0;
		long notEnded = 0;
		long duplicates = 0;
		long gaps = 0;
		long unexpectedlyCancelled = 0;
		long steadyCompleted = 0;
		long steadyEnded = 0;
		Map<String, Map<String, Long>> byKind = new TreeMap<>();
		for (StatusTracker.OrderTrack order : placed) {
			long completedAt = order.seen("COMPLETED");
			long cancelledAt = order.seen("CANCELLED");
			Map<String, Long> kind = byKind.computeIfAbsent(order.kind.name(), (key) -> new LinkedHashMap<>());
			kind.merge("accepted", 1L, Long::sum);
			synchronized (order) {
				duplicates += order.duplicates;
				if (order.events - order.duplicates != order.highestRevision) {
					gaps++;
				}
			}
			if (completedAt > 0) {
				completed++;
				kind.merge("COMPLETED", 1L, Long::sum);
			}
			else if (cancelledAt > 0) {
				cancelled++;
				kind.merge("CANCELLED", 1L, Long::sum);
				if (order.kind == OrderMix.Kind.NORMAL) {
					unexpectedlyCancelled++;
				}
			}
			else {
				notEnded++;
				kind.merge("notEnded", 1L, Long::sum);
			}
			long ended = Math.max(completedAt, cancelledAt);
			if (completedAt >= warmupEnd && completedAt < loadEnd) {
				steadyCompleted++;
			}
			if (ended >= warmupEnd && ended < loadEnd) {
				steadyEnded++;
			}
			if (order.intendedNanos >= warmupEnd) {
				this.latencies.record(order);
			}
		}
		Map<String, Long> rejected = driver.failures();
		long rejectedCount = rejected.values().stream().mapToLong(Long::longValue).sum();
		orders.put("sent", driver.sent());
		orders.put("accepted", driver.accepted());
		orders.put("rejected", rejected);
		orders.put("completed", completed);
		orders.put("cancelled", cancelled);
		orders.put("notEnded", notEnded);
		orders.put("normalOrdersCancelled", unexpectedlyCancelled);
		orders.put("duplicateStatusEvents", duplicates);
		orders.put("ordersWithRevisionGaps", gaps);
		orders.put("statusEventsOfOtherOrders", tracker.foreignEvents());
		orders.put("byKind", byKind);
		this.result.put("orders", orders);

		Map<String, Object> throughput = new LinkedHashMap<>();
		throughput.put("offeredPerSecond", (settings.load() == BenchSettings.LoadModel.OPEN) ? settings.rate() : null);
		throughput.put("steadyWindowSeconds", round(steadySeconds));
		throughput.put("sentPerSecond", round(driver.sent() / ((loadEnd - start) / 1e9)));
		throughput.put("completedPerSecondSteady", round(steadyCompleted / steadySeconds));
		throughput.put("endedPerSecondSteady", round(steadyEnded / steadySeconds));
		throughput.put("peakCompletedInOneSecond", peak(this.perSecond.get("COMPLETED")));
		throughput.put("drainSeconds", round((drainEnd - loadEnd) / 1e9));
		Map<String, Map<String, Object>> perStatus = new LinkedHashMap<>();
		int fromSecond = (int) Math.ceil(settings.warmup().toNanos() / 1e9);
		int toSecond = (int) ((loadEnd - start) / 1_000_000_000L);
		this.perSecond.forEach((name, counts) -> {
			long sum = 0;
			for (int s = fromSecond; s < Math.min(toSecond, counts.length); s++) {
				sum += counts[s];
			}
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("mean", round(sum / (double) Math.max(1, toSecond - fromSecond)));
			figures.put("peak", peak(counts));
			perStatus.put(name, figures);
		});
		throughput.put("perStatus", perStatus);
		this.result.put("throughput", throughput);

		Map<String, Object> latency = new LinkedHashMap<>();
		latency.put("measuredFrom",
				(settings.load() == BenchSettings.LoadModel.OPEN)
						? "each order's intended send time (its place in the schedule)"
						: "each order's actual send time (closed model)");
		latency.put("acknowledgement", settings.channel().ackMeaning());
		latency.put("milliseconds", this.latencies.summary());
		this.result.put("latency", latency);
		int scheduledSeconds = (int) settings.duration().toSeconds();
		this.result.put("coldStart", ColdStart.figures(settings, system, ended(),
				ColdStart.p99BySecond(placed, start, scheduledSeconds), scheduledSeconds));

		this.result.put("backlog", backlog(start, loadEnd));
		Map<String, Object> resources = resources(probe, completed, completed + cancelled);
		this.result.put("resources", resources);
		this.result.put("reconciliation", reconciliation);

		if (notEnded > 0) {
			this.failures.add(notEnded + " accepted order(s) did not end within " + settings.drainTimeout().toSeconds()
					+ " s after the load");
		}
		if (duplicates > 0) {
			this.failures.add(duplicates + " duplicate status event(s)");
		}
		if (gaps > 0) {
			this.failures.add(gaps + " order(s) with a gap in their status revisions");
		}
		if (rejectedCount > 0) {
			this.failures.add(rejectedCount + " placement(s) not accepted: " + rejected);
		}
		if (!Boolean.TRUE.equals(reconciliation.get("skipped")) && !Boolean.TRUE.equals(reconciliation.get("clean"))) {
			this.failures.add("the reconciliation audit is not clean");
		}
		if (placed.isEmpty()) {
			this.failures.add("no order was accepted");
		}
		this.result.put("verdict", passed() ? "PASSED" : "FAILED");
		this.result.put("failures", this.failures);
		Map<String, Object> series = new LinkedHashMap<>();
		this.perSecond.forEach(series::put);
		this.result.put("perSecond", series);
		List<Map<String, Object>> sampled = new ArrayList<>();
		for (SystemSampler.Sample sample : samples) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("second", round(sample.second()));
			row.put("lag", sample.lagByGroup());
			row.put("outbox", sample.outboxByService());
			Map<String, Long> cpu = new LinkedHashMap<>();
			sample.processes().forEach((name, reading) -> cpu.put(name, reading.cpuMillis()));
			row.put("cpuMillis", cpu);
			sampled.add(row);
		}
		this.result.put("samples", sampled);
	}

	boolean passed() {
		return this.failures.isEmpty();
	}

	/** Orders that reached COMPLETED or CANCELLED, per second. */
	private long[] ended() {
		long[] completed = this.perSecond.getOrDefault("COMPLETED", new long[0]);
		long[] cancelled = this.perSecond.getOrDefault("CANCELLED", new long[0]);
		long[] ended = new long[Math.max(completed.length, cancelled.length)];
		for (int i = 0; i < ended.length; i++) {
			ended[i] = ((i < completed.length) ? completed[i] : 0) + ((i < cancelled.length) ? cancelled[i] : 0);
		}
		return ended;
	}

	private static Map<String, Object> machine(String loadBefore, String loadAfter) {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cpus", Runtime.getRuntime().availableProcessors());
		machine.put("memory", memTotal());
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + osRelease());
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		machine.put("loadAverageBefore", loadBefore);
		machine.put("loadAverageAfter", loadAfter);
		return machine;
	}

	private Map<String, Object> backlog(long start, long loadEnd) {
		Map<String, Long> maxLag = new TreeMap<>();
		Map<String, Long> maxOutbox = new TreeMap<>();
		long maxTotalLag = 0;
		long maxTotalOutbox = 0;
		long lagAtLoadEnd = 0;
		double loadEndSecond = (loadEnd - start) / 1e9;
		for (SystemSampler.Sample sample : this.samples) {
			sample.lagByGroup().forEach((group, lag) -> maxLag.merge(group, lag, Math::max));
			sample.outboxByService().forEach((service, rows) -> maxOutbox.merge(service, rows, Math::max));
			maxTotalLag = Math.max(maxTotalLag, sample.totalLag());
			maxTotalOutbox = Math.max(maxTotalOutbox, sample.totalOutbox());
			if (sample.second() <= loadEndSecond) {
				lagAtLoadEnd = sample.totalLag();
			}
		}
		Map<String, Object> backlog = new LinkedHashMap<>();
		backlog.put("maxTotalLag", maxTotalLag);
		backlog.put("totalLagAtLoadEnd", lagAtLoadEnd);
		backlog.put("maxLagByGroup", maxLag);
		backlog.put("maxTotalOutbox", maxTotalOutbox);
		backlog.put("maxOutboxByService", maxOutbox);
		return backlog;
	}

	private Map<String, Object> resources(ProcessProbe probe, long completed, long ended) {
		Map<String, Object> resources = new LinkedHashMap<>();
		Map<String, Object> components = new LinkedHashMap<>();
		long total = 0;
		if (this.samples.size() >= 2) {
			SystemSampler.Sample first = this.samples.get(0);
			SystemSampler.Sample last = this.samples.get(this.samples.size() - 1);
			double seconds = Math.max(1e-3, last.second() - first.second());
			for (ProcessProbe.Component component : probe.components()) {
				ProcessProbe.Reading before = first.processes().get(component.name());
				ProcessProbe.Reading after = last.processes().get(component.name());
				if (before == null || after == null) {
					continue;
				}
				long cpu = after.cpuMillis() - before.cpuMillis();
				long peak = this.samples.stream()
					.map((sample) -> sample.processes().get(component.name()))
					.filter((reading) -> reading != null)
					.mapToLong(ProcessProbe.Reading::peakRssBytes)
					.max()
					.orElse(0);
				Map<String, Object> figures = new LinkedHashMap<>();
				figures.put("pid", component.pid());
				figures.put("command", component.commandLine());
				figures.put("cpuMillis", cpu);
				figures.put("cores", round(cpu / 1000.0 / seconds));
				figures.put("peakMemoryMiB", peak / (1024 * 1024));
				components.put(component.name(), figures);
				total += cpu;
			}
			resources.put("measuredSeconds", round(seconds));
			resources.put("loadgenCpuMillis", last.loadgenCpuMillis() - first.loadgenCpuMillis());
		}
		resources.put("components", components);
		resources.put("totalCpuMillis", total);
		resources.put("cpuMillisPerCompletedOrder", (completed > 0) ? round((double) total / completed) : null);
		resources.put("cpuMillisPerEndedOrder", (ended > 0) ? round((double) total / ended) : null);
		resources.put("note", "CPU of the broker, PostgreSQL (all its processes) and the four services from /proc, "
				+ "from the first sample before the load to the end of the drain; the load generator not included. "
				+ "Peak memory: VmHWM for JVMs, summed PSS for PostgreSQL.");
		return resources;
	}

	Path write() throws IOException {
		Path output = this.settings.output();
		Files.createDirectories(output);
		Files.writeString(output.resolve("result.json"),
				json.writerWithDefaultPrettyPrinter().writeValueAsString(this.result));
		Files.writeString(output.resolve("throughput.svg"), throughputSvg());
		Files.writeString(output.resolve("backlog.svg"), backlogSvg());
		Files.writeString(output.resolve("latency.svg"), latencySvg());
		Files.writeString(output.resolve("report.md"), markdown(this.result));
		return output;
	}

	private String throughputSvg() {
		List<Svg.Series> series = new ArrayList<>();
		for (String name : List.of("placed", "accepted", "PAID", "ALLOCATED", "SHIPPED", "COMPLETED", "CANCELLED")) {
			long[] counts = this.perSecond.get(name);
			if (counts != null) {
				double[] x = new double[counts.length];
				double[] y = new double[counts.length];
				for (int i = 0; i < counts.length; i++) {
					x[i] = i;
					y[i] = counts[i];
				}
				series.add(new Svg.Series(name.equals("placed") ? "offered (schedule)" : name, x, y));
			}
		}
		return Svg.lineChart("Orders per second: " + this.settings.label(), "seconds since start", "orders / s", series,
				secondTicks(), (tick) -> String.valueOf((long) tick));
	}

	private String backlogSvg() {
		double[] x = new double[this.samples.size()];
		double[] lag = new double[x.length];
		double[] outbox = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = this.samples.get(i).second();
			lag[i] = this.samples.get(i).totalLag();
			outbox[i] = this.samples.get(i).totalOutbox();
		}
		return Svg.lineChart("Backlog: " + this.settings.label(), "seconds since start", "records / rows",
				List.of(new Svg.Series("consumer lag", x, lag), new Svg.Series("outbox unpublished", x, outbox)),
				secondTicks(), (tick) -> String.valueOf((long) tick));
	}

	private double[] secondTicks() {
		int seconds = this.perSecond.values().stream().mapToInt((counts) -> counts.length).max().orElse(1);
		int step = (int) Svg.niceStep(seconds / 8.0);
		double[] ticks = new double[seconds / step + 1];
		for (int i = 0; i < ticks.length; i++) {
			ticks[i] = i * step;
		}
		return ticks;
	}

	/** Latency by percentile, x on the usual log scale of 1 / (1 - percentile). */
	private String latencySvg() {
		List<Svg.Series> series = new ArrayList<>();
		for (String milestone : List.of("produced", "ack", "PAID", "ALLOCATED", "SHIPPED", "terminal")) {
			Histogram histogram = this.latencies.histogram(milestone);
			if (histogram.getTotalCount() == 0) {
				continue;
			}
			int points = 60;
			double[] x = new double[points + 1];
			double[] y = new double[points + 1];
			for (int i = 0; i <= points; i++) {
				// From p0 to p99.99 in even steps of log10(1 / (1 - p)).
				double exponent = 4.0 * i / points;
				double percentile = 100 * (1 - Math.pow(10, -exponent));
				x[i] = exponent;
				y[i] = histogram.getValueAtPercentile(percentile) / 1000.0;
			}
			series.add(new Svg.Series(milestone, x, y));
		}
		return Svg.lineChart("Latency by percentile: " + this.settings.label(), "percentile", "milliseconds", series,
				new double[] { 0, 1, 2, 3, 4 }, (tick) -> switch ((int) tick) {
					case 0 -> "0%";
					case 1 -> "90%";
					case 2 -> "99%";
					case 3 -> "99.9%";
					default -> "99.99%";
				});
	}

	/**
	 * The report in Markdown, from its {@code result.json} figures alone.
	 * @param result the figures
	 * @return the Markdown
	 */
	@SuppressWarnings("unchecked")
	static String markdown(Map<String, Object> result) {
		StringBuilder md = new StringBuilder();
		List<String> failures = (List<String>) result.get("failures");
		Map<String, Object> latency = (Map<String, Object>) result.get("latency");
		Map<String, Object> machine = (Map<String, Object>) result.get("machine");
		Map<String, Object> orders = (Map<String, Object>) result.get("orders");
		Map<String, Object> throughput = (Map<String, Object>) result.get("throughput");
		Map<String, Object> backlog = (Map<String, Object>) result.get("backlog");
		Map<String, Object> resources = (Map<String, Object>) result.get("resources");
		Map<String, Object> reconciliation = (Map<String, Object>) result.get("reconciliation");
		md.append("# Benchmark: ").append(result.get("label")).append("\n\n");
		md.append("**").append(result.get("verdict")).append("**");
		if (!failures.isEmpty()) {
			md.append(": ").append(String.join("; ", failures));
		}
		md.append("\n\n");
		md.append("- Started: ").append(result.get("startedAt")).append("\n");
		md.append("- Command: `").append(result.get("command")).append("`\n");
		md.append("- Local run: `").append(result.get("localRun")).append("`\n");
		md.append("- Load: ").append(result.get("settings")).append("\n");
		line(md, "- Machine: ", machine.get("cpus"), " CPUs, ", machine.get("memory"), ", ", machine.get("os"), ", ",
				machine.get("java"));
		line(md, "- Load average (1/5/15 min) before: ", machine.get("loadAverageBefore"), "; after: ",
				machine.get("loadAverageAfter"), "\n");

		md.append("## Orders\n\n| sent | accepted | not accepted | COMPLETED | CANCELLED | not ended | "
				+ "normal orders cancelled | duplicate status events | orders with revision gaps |\n"
				+ "|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
		row(md, orders.get("sent"), orders.get("accepted"), rejectedCount(orders), orders.get("completed"),
				orders.get("cancelled"), orders.get("notEnded"), orders.get("normalOrdersCancelled"),
				orders.get("duplicateStatusEvents"), orders.get("ordersWithRevisionGaps"));
		md.append("\n");
		md.append("By kind: ").append(orders.get("byKind")).append("\n\n");
		if (!((Map<String, Long>) orders.get("rejected")).isEmpty()) {
			md.append("Not accepted: ").append(orders.get("rejected")).append("\n\n");
		}

		md.append("## Throughput\n\n");
		md.append("| offered / s | sent / s | COMPLETED / s (steady) | ended / s (steady) | "
				+ "peak COMPLETED in 1 s | drain after load |\n|---:|---:|---:|---:|---:|---:|\n");
		row(md, (throughput.get("offeredPerSecond") != null) ? throughput.get("offeredPerSecond") : "closed",
				throughput.get("sentPerSecond"), throughput.get("completedPerSecondSteady"),
				throughput.get("endedPerSecondSteady"), throughput.get("peakCompletedInOneSecond"),
				throughput.get("drainSeconds") + " s");
		md.append("\n");
		md.append("Steady = from the end of the warm-up to the end of the load (")
			.append(throughput.get("steadyWindowSeconds"))
			.append(" s).\n\n![throughput](throughput.svg)\n\n");

		md.append("Per status, orders per second in the steady window (mean) and the busiest second:\n\n")
			.append("| series | mean / s | peak / s |\n|---|---:|---:|\n");
		((Map<String, Map<String, Object>>) throughput.get("perStatus"))
			.forEach((name, figures) -> row(md, name, figures.get("mean"), figures.get("peak")));
		md.append("\n## Latency (ms)\n\nMeasured from ")
			.append(latency.get("measuredFrom"))
			.append(" to the acknowledgement and to the moment the status was read from `oms.order.status`; ")
			.append("orders placed during the warm-up are left out. ")
			.append(latency.get("acknowledgement"))
			.append(".\n\n");
		md.append(
				"| milestone | count | p50 | p95 | p99 | p99.9 | max | mean |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
		((Map<String, Map<String, Object>>) latency.get("milliseconds")).forEach((milestone, figures) -> {
			if (((Number) figures.get("count")).longValue() > 0) {
				row(md, milestone, figures.get("count"), figures.get("p50"), figures.get("p95"), figures.get("p99"),
						figures.get("p99.9"), figures.get("max"), figures.get("mean"));
			}
		});
		md.append("\n![latency](latency.svg)\n\n");

		coldStartMarkdown(md, (Map<String, Object>) result.get("coldStart"));
		md.append("## Backlog\n\n");
		line(md, "- Consumer lag, all groups: max ", backlog.get("maxTotalLag"), ", at the end of the load ",
				backlog.get("totalLagAtLoadEnd"), "; max per group ", backlog.get("maxLagByGroup"));
		line(md, "- Unpublished outbox rows: max ", backlog.get("maxTotalOutbox"), "; max per service ",
				backlog.get("maxOutboxByService"), "\n\n![backlog](backlog.svg)\n");

		md.append("## CPU and memory\n\n| process | CPU ms | cores used | peak memory MiB | pid, command |\n"
				+ "|---|---:|---:|---:|---|\n");
		((Map<String, Object>) resources.get("components")).forEach((name, value) -> {
			Map<String, Object> figures = (Map<String, Object>) value;
			row(md, name, figures.get("cpuMillis"), figures.get("cores"), figures.get("peakMemoryMiB"),
					figures.get("pid") + " `" + String.valueOf(figures.get("command")).replace("|", "\\|") + "`");
		});
		md.append(String.format(Locale.ROOT,
				"| **total** | **%s** | | | over %s s |%n%n**CPU ms per completed order: %s** (per ended order: %s). "
						+ "Load generator: %s CPU ms.%n%n%s%n%n",
				resources.get("totalCpuMillis"), resources.get("measuredSeconds"),
				resources.get("cpuMillisPerCompletedOrder"), resources.get("cpuMillisPerEndedOrder"),
				resources.get("loadgenCpuMillis"), resources.get("note")));

		md.append("## Reconciliation\n\n");
		if (Boolean.TRUE.equals(reconciliation.get("skipped"))) {
			md.append("Skipped (`--reconcile=false`).\n");
		}
		else if (reconciliation.containsKey("error")) {
			md.append("Could not run: ").append(reconciliation.get("error")).append("\n");
		}
		else {
			md.append(Boolean.TRUE.equals(reconciliation.get("clean")) ? "Clean" : "**Not clean**")
				.append(": ")
				.append(reconciliation.get("ordersChecked"))
				.append(" orders checked, ")
				.append(reconciliation.get("violationCount"))
				.append(" violation(s).\n");
			((List<String>) reconciliation.get("violations")).forEach((v) -> md.append("- ").append(v).append("\n"));
		}
		return md.toString();
	}

	/** One line of the report: its parts one after the other. */
	private static void line(StringBuilder md, Object... parts) {
		append(md, parts);
		md.append("\n");
	}

	private static void append(StringBuilder md, Object... parts) {
		for (Object part : parts) {
			md.append(part);
		}
	}

	/** One row of a Markdown table. */
	private static void row(StringBuilder md, Object... cells) {
		line(md, Arrays.stream(cells).map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |")));
	}

	private static void coldStartMarkdown(StringBuilder md, Map<String, Object> coldStart) {
		md.append("## Cold start\n\n");
		if (coldStart.get("heldFromLoadSecond") == null) {
			md.append("**Did not hold the offered rate.**");
		}
		else {
			append(md, "Held the offered rate from second **", coldStart.get("heldFromLoadSecond"), "** of the load");
			if (coldStart.get("secondsFromStart") != null) {
				append(md, ": **", coldStart.get("secondsFromStart"), " s after the system was started**, ",
						coldStart.get("secondsFromHealthy"), " s after it reported healthy");
			}
			md.append(".");
		}
		if (coldStart.get("loadBeganSecondsAfterStart") != null) {
			append(md, " The load began ", coldStart.get("loadBeganSecondsAfterStart"), " s after the start and ",
					coldStart.get("loadBeganSecondsAfterHealthy"), " s after healthy.");
		}
		md.append(" Holding: ").append(coldStart.get("criterion")).append(".");
		if (coldStart.get("note") != null) {
			md.append(" Note: ").append(coldStart.get("note")).append(".");
		}
		md.append("\n\n");
	}

	@SuppressWarnings("unchecked")
	String consoleSummary() {
		Map<String, Object> throughput = (Map<String, Object>) this.result.get("throughput");
		Map<String, Object> resources = (Map<String, Object>) this.result.get("resources");
		Map<String, Object> terminal = this.latencies.summary().get("terminal");
		Map<String, Object> ack = this.latencies.summary().get("ack");
		Map<String, Object> coldStart = (Map<String, Object>) this.result.get("coldStart");
		// The cold-start figure only exists when the system was started for the run and
		// held the rate.
		String held = (coldStart.get("heldFromLoadSecond") != null)
				? String.format(Locale.ROOT, "; held the rate from load second %s (%s s after start)",
						coldStart.get("heldFromLoadSecond"), coldStart.get("secondsFromStart"))
				: "";
		return String.format(Locale.ROOT,
				"%s: %s COMPLETED/s steady; terminal p50 %s ms, p99 %s ms, max %s ms; ack p99 %s ms; "
						+ "%s CPU ms per completed order%s%s",
				this.result.get("verdict"), throughput.get("completedPerSecondSteady"), terminal.get("p50"),
				terminal.get("p99"), terminal.get("max"), ack.get("p99"), resources.get("cpuMillisPerCompletedOrder"),
				held, this.failures.isEmpty() ? "" : "\n  " + String.join("\n  ", this.failures));
	}

	@SuppressWarnings("unchecked")
	private static long rejectedCount(Map<String, Object> orders) {
		return ((Map<String, Number>) orders.get("rejected")).values().stream().mapToLong(Number::longValue).sum();
	}

	private static long peak(long[] counts) {
		long peak = 0;
		if (counts != null) {
			for (long count : counts) {
				peak = Math.max(peak, count);
			}
		}
		return peak;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static String memTotal() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kib = Long.parseLong(line.replaceAll("\\D", ""));
					return String.format(Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Unknown.
		}
		return "? RAM";
	}

	private static String osRelease() {
		try {
			for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
				if (line.startsWith("PRETTY_NAME=")) {
					return "(" + line.substring(12).replace("\"", "") + ")";
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Unknown.
		}
		return "";
	}

}

package io.openoms.loadgen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.openoms.reconciliation.Reconciliation;
import io.openoms.reconciliation.ReconciliationReport;
import io.openoms.reconciliation.ReconciliationSettings;
import io.openoms.reconciliation.ServiceDatabases;

/**
 * {@code bin/bench}: one benchmark run against the running system. Exit code 0 when the
 * run PASSED (every accepted order ended once, nothing rejected, the audit clean), 1 when
 * it FAILED, 2 when it could not run.
 */
public final class BenchCommand {

	private BenchCommand() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 1 && args[0].equals("--help")) {
			System.out.print(BenchSettings.USAGE);
			return;
		}
		BenchSettings settings;
		try {
			settings = BenchSettings.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		try {
			boolean passed = run(settings, String.join(" ", args));
			System.exit(passed ? 0 : 1);
		}
		catch (IllegalStateException | UnsupportedOperationException ex) {
			System.err.println("The benchmark could not run: " + ex.getMessage());
			System.exit(2);
		}
	}

	static boolean run(BenchSettings settings, String arguments) throws Exception {
		System.out.println("Benchmark '" + settings.label() + "': " + settings.describe());
		if (settings.coldStart() && System.getenv("OMS_BENCH_SYSTEM_STARTED_AT") == null) {
			throw new IllegalStateException("--cold-start needs bin/bench to start the system (it sets "
					+ "OMS_BENCH_SYSTEM_STARTED_AT and OMS_BENCH_SYSTEM_HEALTHY_AT); stop the running system first");
		}
		String loadBefore = loadAverage();
		try (OrderChannel channel = OrderChannel.open(settings)) {
			awaitHealthy(settings.orderServiceUrl());
			topUpStock(settings);
			Instant startedAt = Instant.now();
			long start = System.nanoTime() + Duration.ofSeconds(1).toNanos();
			Timeline timeline = new Timeline(start);
			ProcessProbe probe = ProcessProbe.find(settings.ports());
			probe.components()
				.forEach((component) -> System.out.println("  measuring " + component.name() + " (pid "
						+ component.pid() + "): " + component.commandLine()));
			StatusTracker tracker = new StatusTracker(settings.kafkaBootstrap(), timeline);
			tracker.start();
			SystemSampler sampler = new SystemSampler(settings, probe, start);
			sampler.sampleNow();
			sampler.start();
			OrderMix mix = new OrderMix(settings.seed(), settings.declinedShare(), settings.outOfStockShare(),
					settings.customers());
			LoadDriver driver = new LoadDriver(settings, channel, mix, tracker, timeline);
			Thread progress = progress(settings, driver, sampler, start);
			driver.run(start);
			long loadEnd = System.nanoTime();
			System.out.printf("Load done: %d sent, %d accepted; waiting for the last orders to end ...%n",
					driver.sent(), driver.accepted());
			long drainEnd = drain(tracker, settings.drainTimeout());
			progress.interrupt();
			sampler.sampleNow();
			sampler.close();
			tracker.close();
			Map<String, Object> reconciliation = settings.reconcile() ? reconcile(settings) : Map.of("skipped", true);
			ColdStart.SystemStart system = ColdStart.SystemStart.fromEnvironment(System.getenv(),
					startedAt.plusSeconds(1));
			BenchReport report = new BenchReport(settings, arguments, startedAt, start, loadEnd, drainEnd, driver,
					tracker, timeline, sampler.samples(), probe, reconciliation, loadBefore, loadAverage(), system);
			Path output = report.write();
			System.out.println(report.consoleSummary());
			System.out.println("Report: " + output.resolve("report.md"));
			return report.passed();
		}
	}

	private static Thread progress(BenchSettings settings, LoadDriver driver, SystemSampler sampler, long start) {
		Thread thread = new Thread(() -> {
			try {
				while (true) {
					Thread.sleep(5000);
					SystemSampler.Sample latest = sampler.latest();
					System.out.printf("  %3.0f s: %d sent, %d accepted, lag %d, outbox %d%n",
							(System.nanoTime() - start) / 1e9, driver.sent(), driver.accepted(),
							(latest != null) ? latest.totalLag() : -1, (latest != null) ? latest.totalOutbox() : -1);
				}
			}
			catch (InterruptedException ex) {
				// Done.
			}
		}, "progress");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** Waits until every accepted order has ended or the timeout passed. */
	private static long drain(StatusTracker tracker, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (StatusTracker.OrderTrack order : tracker.placed()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			try {
				order.ended.get(left, TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				break;
			}
		}
		return System.nanoTime();
	}

	private static Map<String, Object> reconcile(BenchSettings settings) {
		System.out.println("Running the reconciliation audit ...");
		String host = "jdbc:postgresql://" + settings.postgresHost() + "/";
		ServiceDatabases databases = new ServiceDatabases(database(host + "orders"), database(host + "payments"),
				database(host + "inventory"), database(host + "shipping"));
		Map<String, Object> result = new LinkedHashMap<>();
		try {
			ReconciliationReport report = new Reconciliation(databases, ReconciliationSettings.defaults(),
					Clock.systemUTC())
				.run();
			result.put("clean", report.isClean());
			result.put("ordersChecked", report.ordersChecked());
			result.put("violationCount", report.violations().size());
			List<String> first = new ArrayList<>();
			report.violations().stream().limit(20).forEach((violation) -> first.add(violation.toString()));
			result.put("violations", first);
		}
		catch (RuntimeException ex) {
			result.put("clean", false);
			result.put("error", String.valueOf(ex.getMessage()));
		}
		return result;
	}

	private static ServiceDatabases.Database database(String url) {
		return new ServiceDatabases.Database(url, "postgres", "postgres");
	}

	private static void awaitHealthy(String orderServiceUrl) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			try {
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create(orderServiceUrl + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not up yet.
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("order-service at " + orderServiceUrl
						+ " is not healthy: start the system first (bin/run-local)");
			}
			Thread.sleep(500);
		}
	}

	/**
	 * Receives enough stock of each plentiful SKU at WH-BERLIN for the run, so orders
	 * meant to complete are never short; the receipts are ordinary stock movements the
	 * audit accounts for.
	 */
	static void topUpStock(BenchSettings settings) throws IOException, InterruptedException {
		long expectedOrders = (settings.load() == BenchSettings.LoadModel.OPEN)
				? (long) Math.ceil(settings.rate() * settings.duration().toSeconds())
				: 5000L * settings.duration().toSeconds();
		int needed = (int) Math.min(1_000_000, expectedOrders * OrderMix.MAX_QUANTITY + 1000);
		HttpClient http = HttpClient.newHttpClient();
		Pattern available = Pattern.compile("\"available\"\\s*:\\s*(-?\\d+)");
		for (String sku : OrderMix.PLENTIFUL_SKUS) {
			HttpResponse<String> level = http.send(
					HttpRequest.newBuilder(URI.create(settings.inventoryServiceUrl() + "/api/stock/" + sku)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = available.matcher(level.body());
			int now = (level.statusCode() == 200 && matcher.find()) ? Integer.parseInt(matcher.group(1)) : 0;
			if (now >= needed) {
				continue;
			}
			String body = "{\"warehouse\":\"WH-BERLIN\",\"quantity\":" + (needed - now) + ",\"reference\":\"BENCH-"
					+ settings.label() + "\"}";
			HttpResponse<String> receipt = http.send(HttpRequest
				.newBuilder(URI.create(settings.inventoryServiceUrl() + "/api/stock/" + sku + "/receipts"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (receipt.statusCode() != 201) {
				throw new IllegalStateException(
						"could not top up " + sku + ": HTTP " + receipt.statusCode() + " " + receipt.body());
			}
			System.out.println("  received " + (needed - now) + " x " + sku + " at WH-BERLIN");
		}
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "?";
		}
	}

}

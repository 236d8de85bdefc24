package io.openoms.loadgen;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run does, from {@code --name=value} arguments.
 *
 * @param label a short name for the run, used in the output directory and the report
 * @param load OPEN (a fixed offered rate, kept on schedule however slow the system gets)
 * or CLOSED (a fixed number of clients, each with one order in flight)
 * @param rate orders per second offered (OPEN)
 * @param clients concurrent clients (CLOSED)
 * @param closedWait what a CLOSED client waits for before its next order: TERMINAL (the
 * order's final status: the whole pipeline keeps up) or ACK (only the HTTP answer)
 * @param duration how long orders are placed, warm-up included
 * @param warmup the first part of the run whose orders are left out of the latency
 * figures
 * @param drainTimeout how long to wait after the last order for every order to end
 * @param declinedShare share of orders paid with a card that is declined
 * @param outOfStockShare share of orders for more limited posters than exist
 * @param customers how many different customers place the orders
 * @param channel HTTP (POST /api/orders) or UPSTREAM_TOPIC (OrderPlaced on
 * oms.upstream.orders, see {@link UpstreamOrderChannel})
 * @param seed seed of the order mix
 * @param orderServiceUrl order-service's base URL
 * @param inventoryServiceUrl inventory-service's base URL (stock is topped up there
 * before the run)
 * @param kafkaBootstrap the broker
 * @param postgresHost host:port of the services' PostgreSQL
 * @param ports the listening ports that identify each process to measure, by name
 * @param output the directory the results are written to
 * @param reconcile whether to end with the reconciliation audit
 * @param coldStart whether the run must measure the cold start: bin/bench started the
 * system for it and says when ({@link ColdStart.SystemStart})
 * @param coldStartWindow how long the system must hold the offered rate to count as
 * holding it ({@link ColdStart})
 * @param coldStartLatency the p99 bound from placement to final status while holding it
 */
public record BenchSettings(String label, LoadModel load, double rate, int clients, ClosedWait closedWait,
		Duration duration, Duration warmup, Duration drainTimeout, double declinedShare, double outOfStockShare,
		int customers, OrderChannel.Kind channel, long seed, String orderServiceUrl, String inventoryServiceUrl,
		String kafkaBootstrap, String postgresHost, Map<String, Integer> ports, Path output, boolean reconcile,
		boolean coldStart, Duration coldStartWindow, Duration coldStartLatency) {

	/** The two load models. */
	public enum LoadModel {

		OPEN, CLOSED

	}

	/** What a closed-model client waits for. */
	public enum ClosedWait {

		TERMINAL, ACK

	}

	static final String USAGE = """
			Usage: bin/bench [--name=value ...]
			  --label=standard           name of the run (output directory, report title)
			  --load=open|closed         open: fixed offered rate; closed: fixed number of clients (default open)
			  --rate=200                 offered orders per second (open)
			  --clients=32               concurrent clients, one order in flight each (closed)
			  --closed-wait=terminal|ack closed client waits for the order's final status (default) or the HTTP answer
			  --duration=60s             how long orders are placed, warm-up included
			  --warmup=10s               left out of the latency figures
			  --drain-timeout=120s       how long to wait for the last orders to end
			  --declined-share=0.05      share of orders with a declined card (pm_card_chargeDeclined)
			  --out-of-stock-share=0.02  share of orders for 1000 POSTER-LIMITED (never in stock)
			  --customers=10000          distinct customer ids
			  --channel=http|upstream    how orders are placed: POST /api/orders, or OrderPlaced on
			                             oms.upstream.orders answered on oms.upstream.order-results
			  --seed=42
			  --order-url=http://localhost:8080  --inventory-url=http://localhost:8082
			  --kafka=localhost:19092    --postgres=localhost:15432
			  --output=DIR               default oms-loadgen/target/bench/<time>-<label>
			  --reconcile=true|false     end with the reconciliation audit (default true)
			  --cold-start               bin/bench starts the system and the report says when it held the rate
			  --cold-start-window=10s    the system holds the rate once, for this long, >= 90 % of the offered
			  --cold-start-latency=1000ms  orders end and each second's placement-to-final-status p99 is below this
			""";

	public static BenchSettings parse(String... args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.equals("--cold-start")) {
				options.put("cold-start", "true");
				continue;
			}
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + USAGE);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		String label = take(options, "label", "standard");
		LoadModel load = LoadModel.valueOf(take(options, "load", "open").toUpperCase(Locale.ROOT));
		double rate = Double.parseDouble(take(options, "rate", "200"));
		int clients = Integer.parseInt(take(options, "clients", "32"));
		ClosedWait closedWait = ClosedWait.valueOf(take(options, "closed-wait", "terminal").toUpperCase(Locale.ROOT));
		Duration duration = duration(take(options, "duration", "60s"));
		Duration warmup = duration(take(options, "warmup", "10s"));
		Duration drainTimeout = duration(take(options, "drain-timeout", "120s"));
		double declined = share(take(options, "declined-share", "0.05"), "declined-share");
		double outOfStock = share(take(options, "out-of-stock-share", "0.02"), "out-of-stock-share");
		int customers = Integer.parseInt(take(options, "customers", "10000"));
		OrderChannel.Kind channel = OrderChannel.Kind.of(take(options, "channel", "http"));
		long seed = Long.parseLong(take(options, "seed", "42"));
		String orderUrl = take(options, "order-url", "http://localhost:8080");
		String inventoryUrl = take(options, "inventory-url", "http://localhost:8082");
		String kafka = take(options, "kafka", "localhost:19092");
		String postgres = take(options, "postgres", "localhost:15432");
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path output = Path.of(take(options, "output", "oms-loadgen/target/bench/" + stamp + "-" + label));
		boolean reconcile = Boolean.parseBoolean(take(options, "reconcile", "true"));
		boolean coldStart = Boolean.parseBoolean(take(options, "cold-start", "false"));
		Duration coldStartWindow = duration(take(options, "cold-start-window", "10s"));
		Duration coldStartLatency = duration(take(options, "cold-start-latency", "1000ms"));
		if (!options.isEmpty()) {
			throw new IllegalArgumentException("unknown option(s) " + options.keySet() + "\n" + USAGE);
		}
		if (rate <= 0 || clients < 1 || customers < 1 || declined + outOfStock > 1) {
			throw new IllegalArgumentException(
					"rate, clients and customers must be positive and the shares add up to at most 1\n" + USAGE);
		}
		if (warmup.compareTo(duration) >= 0) {
			throw new IllegalArgumentException("the warm-up must be shorter than the duration\n" + USAGE);
		}
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("kafka", port(kafka));
		ports.put("postgres", port(postgres));
		ports.put("order-service", port(orderUrl));
		ports.put("payment-service", 8081);
		ports.put("inventory-service", port(inventoryUrl));
		ports.put("shipping-service", 8083);
		return new BenchSettings(label, load, rate, clients, closedWait, duration, warmup, drainTimeout, declined,
				outOfStock, customers, channel, seed, orderUrl, inventoryUrl, kafka, postgres, ports, output, reconcile,
				coldStart, coldStartWindow, coldStartLatency);
	}

	/** The command-line form of these settings, for the report. */
	public String describe() {
		String model = (this.load == LoadModel.OPEN)
				? String.format(Locale.ROOT, "open, %.0f orders/s offered", this.rate)
				: "closed, " + this.clients + " clients waiting for " + this.closedWait.name().toLowerCase(Locale.ROOT);
		return model + ", " + this.duration.toSeconds() + " s (warm-up " + this.warmup.toSeconds() + " s), "
				+ Math.round(this.declinedShare * 100) + " % declined, " + Math.round(this.outOfStockShare * 100)
				+ " % out of stock, " + this.customers + " customers, via " + this.channel;
	}

	static Duration duration(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		if (value.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
		}
		if (value.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
		}
		return Duration.ofSeconds(Long.parseLong(value));
	}

	private static double share(String text, String name) {
		double share = Double.parseDouble(text);
		if (share < 0 || share > 1) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, got " + text);
		}
		return share;
	}

	private static int port(String hostAndPort) {
		String rest = hostAndPort.replaceFirst("^[a-z]+://", "");
		int colon = rest.lastIndexOf(':');
		String digits = rest.substring(colon + 1).replaceAll("/.*$", "");
		return Integer.parseInt(digits);
	}

	private static String take(Map<String, String> options, String name, String fallback) {
		String value = options.remove(name);
		return (value != null) ? value : fallback;
	}

}

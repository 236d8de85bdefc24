package io.openoms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import io.openoms.contracts.Topics;
import io.openoms.messaging.MessagingAutoConfiguration;
import io.openoms.reconciliation.ReconciliationReport;
import io.openoms.systemtest.ChaosLoad.PlacedOrder;
import io.openoms.testsupport.TopicRecorder;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault test: the four services as processes on a broker of the test's own, a few
 * hundred orders with declines, out-of-stock, cancellations and shipment failures, and
 * meanwhile every service killed with {@code kill -9} at a random moment and started
 * again, and the broker restarted once. When the load is over and the system is quiet,
 * every order must be finished the way its kind says, the status topic must carry each
 * transition once, nothing may be dead-lettered, and the reconciliation audit must find
 * nothing.
 * <p>
 * Not part of {@code ./mvnw verify}: it takes a few minutes. Run it with
 * {@code bin/chaos-test}; the scale and the seed are set by the system properties or
 * environment variables read in {@link Settings}. The summary is printed and written to
 * {@code target/chaos-report.md}; the services' logs are in {@code target/chaos-logs}.
 */
class ChaosIT {

	private static final List<String> SERVICES = List.of("order-service", "payment-service", "inventory-service",
			"shipping-service");

	/** Which topics each service consumes; its consumer group is named after it. */
	private static final Map<String, List<String>> CONSUMED = Map.of("order-service",
			List.of(Topics.PAYMENT_EVENTS, Topics.INVENTORY_EVENTS, Topics.SHIPPING_EVENTS), "payment-service",
			List.of(Topics.ORDER_EVENTS), "inventory-service", List.of(Topics.ORDER_EVENTS), "shipping-service",
			List.of(Topics.ORDER_EVENTS));

	private static final List<String> DEAD_LETTER_TOPICS = Stream
		.of(Topics.ORDER_EVENTS, Topics.PAYMENT_EVENTS, Topics.INVENTORY_EVENTS, Topics.SHIPPING_EVENTS)
		.map(Topics::deadLetterTopicOf)
		.toList();

	private static final Set<String> TERMINAL = Set.of("COMPLETED", "CANCELLED");

	private static final List<String> UNFINISHED = List.of("CREATED", "PAID", "ALLOCATED", "SHIPPED");

	private static final Duration POLL = Duration.ofSeconds(1);

	private static final Path TARGET = Path.of("target");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void ordersUnderKilledServicesAndABrokerRestartAllFinishWithNothingLostOrDoubled() throws Exception {
		Settings settings = Settings.fromEnvironment();
		ChaosReport report = new ChaosReport();
		report.seed = settings.seed();
		report.plannedOrders = settings.orders();
		report.plannedDuration = settings.duration();
		report.deliveryDelay = settings.deliveryDelay();
		System.out.println("[chaos] seed " + settings.seed() + ": " + settings);
		Path kafkaData = Files.createTempDirectory("oms-chaos-kafka-");
		Path logs = TARGET.resolve("chaos-logs");
		// ServiceProcesses appends to a service's log across restarts: start from empty
		// logs.
		deleteRecursively(logs);
		ReconciliationReport audit = null;
		try (RestartableBroker broker = RestartableBroker.start(kafkaData);
				TopicRecorder recorder = TopicRecorder.start(broker.bootstrapServers(), recordedTopics());
				ServiceProcesses services = new ServiceProcesses(Path.of("..").toAbsolutePath().normalize(), logs,
						broker.bootstrapServers(), settings.deliveryDelay());
				Admin admin = Admin
					.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			for (String service : SERVICES) {
				services.start(service);
			}
			long started = System.nanoTime();
			ChaosLoad load = new ChaosLoad(() -> services.baseUrl("order-service"), settings.orders(),
					settings.duration(), settings.seed());
			ChaosFaults faults = new ChaosFaults(services, broker, SERVICES, settings.seed() + 1, started);
			try {
				runConcurrently(load, faults);
			}
			catch (Exception ex) {
				report.abortedBy = String.valueOf(ex);
				throw ex;
			}
			finally {
				report.loadTook = load.took();
				report.faultsTook = Duration.ofNanos(System.nanoTime() - started);
				collectLoad(report, load, faults);
			}

			List<PlacedOrder> placed = load.placed();
			long quietFrom = System.nanoTime();
			Quiet quiet = awaitQuiet(services, admin, placed, settings.quietTimeout());
			if (!quiet.reached()) {
				report.quiet = "NOT quiet within " + settings.quietTimeout().toSeconds() + " s: " + quiet;
				report.problems.add("the system did not become quiet");
			}
			else {
				report.timeToQuiet = Duration.ofNanos(quiet.firstSeenNanos() - quietFrom);
				report.quiet = "every order COMPLETED or CANCELLED, outboxes empty, "
						+ "consumers caught up (confirmed " + POLL.toMillis() + " ms later)";
			}

			audit = Audit.run(services::database, POLL);
			report.audit = audit.summary();
			report.lostAnswers = audit.ordersChecked() - placed.size();
			if (!audit.isClean()) {
				report.problems.add("the audit found " + audit.violations().size() + " violation(s)");
			}

			Map<String, JsonNode> finished = fetchAll(services, placed);
			report.outcomes = finished.values()
				.stream()
				.collect(Collectors.groupingBy((order) -> order.path("status").asString(), TreeMap::new,
						Collectors.counting()));
			for (PlacedOrder order : placed) {
				String status = finished.get(order.id()).path("status").asString();
				if (!order.expectedEnds().contains(status)) {
					report.problems.add(order.kind().label + " order " + order.id() + " ended " + status + ", expected "
							+ order.expectedEnds());
				}
			}
			checkStatusTopic(report, recorder, placed, finished);
			checkDeadLetters(report, recorder);
		}
		finally {
			finish(report, kafkaData, logs);
		}

		assertThat(report.problems).as(report.text()).isEmpty();
		assertThat(audit.violations()).isEmpty();
	}

	private static void runConcurrently(ChaosLoad load, ChaosFaults faults) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Void> loading = threads.submit(() -> {
				load.run();
				return null;
			});
			Future<Void> breaking = threads.submit(() -> {
				faults.run(() -> !loading.isDone());
				return null;
			});
			loading.get();
			breaking.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void collectLoad(ChaosReport report, ChaosLoad load, ChaosFaults faults) {
		report.placedByKind = load.placedByKind();
		report.cancelAnswers = load.cancelAnswers();
		report.placeRetries = load.placeRetries();
		report.cancelRetries = load.cancelRetries();
		report.faults = faults.faults();
		Set<String> killed = report.faults.stream()
			.map(ChaosFaults.Fault::description)
			.filter((description) -> description.startsWith("kill -9 "))
			.map((description) -> description.split(" ")[2])
			.collect(Collectors.toCollection(TreeSet::new));
		if (!killed.containsAll(SERVICES)) {
			report.problems.add("not every service was killed: only " + killed);
		}
		if (report.faults.stream().noneMatch((fault) -> fault.description().startsWith("broker"))) {
			report.problems.add("the broker was not restarted");
		}
	}

	/**
	 * Quiet means: every order (also one placed twice because its answer was lost) is
	 * COMPLETED or CANCELLED, no outbox holds an unpublished row and every consumer group
	 * has committed everything on its topics; seen twice in a row, a poll apart, so that
	 * an event between the looks cannot hide.
	 */
	private static Quiet awaitQuiet(ServiceProcesses services, Admin admin, List<PlacedOrder> placed,
			Duration timeout) {
		Set<String> open = new TreeSet<>(placed.stream().map(PlacedOrder::id).toList());
		AtomicReference<Quiet> previous = new AtomicReference<>();
		AtomicReference<Quiet> confirmed = new AtomicReference<>();
		try {
			await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
				Quiet now = lookForQuiet(services, admin, open);
				Quiet before = previous.getAndSet(now);
				if (now.reached() && before != null && before.reached()) {
					confirmed.set(before);
					return true;
				}
				return false;
			});
			return confirmed.get();
		}
		catch (ConditionTimeoutException ex) {
			return previous.get();
		}
	}

	private static Quiet lookForQuiet(ServiceProcesses services, Admin admin, Set<String> open) throws Exception {
		long seen = System.nanoTime();
		String orderService = services.baseUrl("order-service");
		open.removeIf((id) -> TERMINAL.contains(getJson(orderService + "/api/orders/" + id).path("status").asString()));
		int unfinished = 0;
		for (String status : UNFINISHED) {
			unfinished += countOrders(orderService, status);
		}
		Map<String, Long> unpublished = new LinkedHashMap<>();
		Map<String, Long> lag = new LinkedHashMap<>();
		for (String service : SERVICES) {
			unpublished.put(service, unpublishedOutboxRows(services, service));
			lag.put(service, consumerLag(admin, service));
		}
		return new Quiet(seen, open.size(), unfinished, unpublished, lag);
	}

	private static long unpublishedOutboxRows(ServiceProcesses services, String service) throws Exception {
		var database = services.database(service);
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password());
				Statement statement = connection.createStatement();
				ResultSet count = statement
					.executeQuery("select count(*) from oms_messaging.outbox where published_at is null")) {
			count.next();
			return count.getLong(1);
		}
	}

	/** Records on the service's topics that its group has not committed yet. */
	private static long consumerLag(Admin admin, String group) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		admin.describeTopics(CONSUMED.get(group))
			.allTopicNames()
			.get()
			.forEach((topic, description) -> description.partitions()
				.forEach((partition) -> latest.put(new TopicPartition(topic, partition.partition()),
						OffsetSpec.latest())));
		long lag = 0;
		for (var end : admin.listOffsets(latest).all().get().entrySet()) {
			OffsetAndMetadata done = committed.get(end.getKey());
			lag += end.getValue().offset() - ((done != null) ? done.offset() : 0);
		}
		return lag;
	}

	private static Map<String, JsonNode> fetchAll(ServiceProcesses services, List<PlacedOrder> placed) {
		Map<String, JsonNode> orders = new HashMap<>();
		for (PlacedOrder order : placed) {
			orders.put(order.id(), getJson(services.baseUrl("order-service") + "/api/orders/" + order.id()));
		}
		return orders;
	}

	/**
	 * Exactly once per transition, as a subscriber sees it: the order's revisions 1..n
	 * each on the topic, under one event id each, with the status the order's history
	 * gives that revision. The relay publishes at least once, so the same event (same id)
	 * may be on the topic twice after a crash; a second event for the same revision would
	 * be a transition made twice.
	 */
	private static void checkStatusTopic(ChaosReport report, TopicRecorder recorder, List<PlacedOrder> placed,
			Map<String, JsonNode> finished) {
		AtomicReference<List<JsonNode>> recorded = new AtomicReference<>();
		Supplier<List<String>> check = () -> {
			recorded.set(onceEach(recorder.records(Topics.ORDER_STATUS)).stream()
				.map((record) -> json.readTree(record.value()))
				.toList());
			return statusProblems(recorded.get(), placed, finished);
		};
		try {
			// The recorder may still be catching up with the last events.
			await().atMost(Duration.ofSeconds(30))
				.pollDelay(Duration.ZERO)
				.pollInterval(POLL)
				.until(() -> check.get().isEmpty());
		}
		catch (ConditionTimeoutException ex) {
			// Reported below, order by order.
		}
		List<String> problems = check.get();
		List<JsonNode> events = recorded.get();
		report.problems.addAll(problems);
		Set<String> tracked = placed.stream().map(PlacedOrder::id).collect(Collectors.toSet());
		List<JsonNode> ofTracked = events.stream()
			.filter((event) -> tracked.contains(event.path("orderId").asString()))
			.toList();
		long distinct = ofTracked.stream().map((event) -> event.path("eventId").asString()).distinct().count();
		report.statusTopic = ofTracked.size() + " events for the " + placed.size() + " orders, " + distinct
				+ " distinct: "
				+ (problems.isEmpty() ? "every order has revisions 1..n, one event id each"
						: problems.size() + " order(s) wrong")
				+ "; " + (ofTracked.size() - distinct) + " copies republished after a crash";
	}

	private static List<String> statusProblems(List<JsonNode> events, List<PlacedOrder> placed,
			Map<String, JsonNode> finished) {
		Map<String, List<JsonNode>> byOrder = events.stream()
			.collect(Collectors.groupingBy((event) -> event.path("orderId").asString()));
		List<String> problems = new ArrayList<>();
		for (PlacedOrder placedOrder : placed) {
			JsonNode order = finished.get(placedOrder.id());
			int revision = order.path("revision").asInt();
			Map<Integer, String> transitions = new TreeMap<>();
			order.path("history")
				.valueStream()
				.filter((entry) -> entry.path("kind").asString().equals("TRANSITION"))
				.forEach((entry) -> transitions.put(entry.path("revision").asInt(), entry.path("to").asString()));
			Map<Integer, Set<String>> idsByRevision = new TreeMap<>();
			Map<Integer, Set<String>> statusByRevision = new TreeMap<>();
			for (JsonNode event : byOrder.getOrDefault(placedOrder.id(), List.of())) {
				int eventRevision = event.path("payload").path("revision").asInt();
				idsByRevision.computeIfAbsent(eventRevision, (r) -> new TreeSet<>())
					.add(event.path("eventId").asString());
				statusByRevision.computeIfAbsent(eventRevision, (r) -> new TreeSet<>())
					.add(event.path("payload").path("status").asString());
			}
			Set<Integer> expected = new TreeSet<>();
			for (int r = 1; r <= revision; r++) {
				expected.add(r);
			}
			String id = placedOrder.id();
			if (!transitions.keySet().equals(expected)) {
				problems
					.add("order " + id + " at revision " + revision + " has history revisions " + transitions.keySet());
			}
			if (!idsByRevision.keySet().equals(expected)) {
				problems.add("order " + id + " at revision " + revision + " has status events for revisions "
						+ idsByRevision.keySet());
			}
			idsByRevision.forEach((r, ids) -> {
				if (ids.size() > 1) {
					problems.add("order " + id + " revision " + r + " published as " + ids.size() + " different events "
							+ ids + " with statuses " + statusByRevision.get(r));
				}
			});
			statusByRevision.forEach((r, statuses) -> {
				if (!statuses.equals(Set.of(String.valueOf(transitions.get(r))))) {
					problems.add("order " + id + " revision " + r + " is " + transitions.get(r) + " in the history but "
							+ statuses + " on the status topic");
				}
			});
		}
		return problems;
	}

	private static void checkDeadLetters(ChaosReport report, TopicRecorder recorder) {
		List<ConsumerRecord<String, String>> dead = onceEach(recorder.records()).stream()
			.filter((record) -> DEAD_LETTER_TOPICS.contains(record.topic()))
			.toList();
		report.deadLetters = String.valueOf(dead.size());
		for (ConsumerRecord<String, String> record : dead) {
			Header reason = record.headers().lastHeader(MessagingAutoConfiguration.DEAD_LETTER_REASON_HEADER);
			Header consumer = record.headers().lastHeader(MessagingAutoConfiguration.DEAD_LETTER_CONSUMER_HEADER);
			report.problems.add("dead letter on " + record.topic() + " key " + record.key() + " from "
					+ ((consumer != null) ? new String(consumer.value()) : "?") + ": "
					+ ((reason != null) ? new String(reason.value()) : "?"));
		}
	}

	private static void finish(ChaosReport report, Path kafkaData, Path logs) throws Exception {
		String text = report.text();
		System.out.println();
		System.out.println("==================== OpenOMS fault test ====================");
		System.out.println(text);
		System.out.println("============================================================");
		Path file = TARGET.resolve("chaos-report.md");
		report.write(file);
		System.out
			.println("[chaos] written to " + file.toAbsolutePath() + "; service logs in " + logs.toAbsolutePath());
		Path brokerLog = kafkaData.resolve("broker.log");
		if (Files.exists(brokerLog)) {
			Files.copy(brokerLog, logs.resolve("broker.log"), StandardCopyOption.REPLACE_EXISTING);
		}
		deleteRecursively(kafkaData);
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	/**
	 * The recorder reads a partition again from the start if the broker restart costs its
	 * consumer the assignment; a record is what is at one offset, however often read.
	 */
	private static List<ConsumerRecord<String, String>> onceEach(List<ConsumerRecord<String, String>> records) {
		Map<String, ConsumerRecord<String, String>> byOffset = new LinkedHashMap<>();
		records.forEach((record) -> byOffset
			.putIfAbsent(record.topic() + "/" + record.partition() + "/" + record.offset(), record));
		return List.copyOf(byOffset.values());
	}

	/** Pages through the listing: a hundred orders at a time. */
	private static int countOrders(String orderService, String status) {
		int count = 0;
		String cursor = null;
		do {
			JsonNode page = getJson(orderService + "/api/orders?limit=100&status=" + status
					+ ((cursor != null) ? "&cursor=" + cursor : ""));
			count += page.path("items").size();
			cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
		}
		while (cursor != null);
		return count;
	}

	private static JsonNode getJson(String url) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"GET " + url + " answered " + response.statusCode() + ": " + response.body());
			}
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted: GET " + url, ex);
		}
	}

	private static List<String> recordedTopics() {
		List<String> topics = new ArrayList<>(DEAD_LETTER_TOPICS);
		topics.add(Topics.ORDER_STATUS);
		return topics;
	}

	/**
	 * What one look found; quiet when every count is zero.
	 *
	 * @param firstSeenNanos when the look was taken
	 * @param openTracked placed orders not yet COMPLETED or CANCELLED
	 * @param unfinished orders in order-service in an unfinished status, placed ones or
	 * not
	 */
	record Quiet(long firstSeenNanos, int openTracked, int unfinished, Map<String, Long> unpublished,
			Map<String, Long> lag) {

		boolean reached() {
			return this.openTracked == 0 && this.unfinished == 0
					&& this.unpublished.values().stream().allMatch((rows) -> rows == 0)
					&& this.lag.values().stream().allMatch((records) -> records == 0);
		}

		@Override
		public String toString() {
			return this.openTracked + " placed orders unfinished, " + this.unfinished
					+ " unfinished in order-service, unpublished outbox rows " + this.unpublished + ", consumer lag "
					+ this.lag;
		}

	}

	/**
	 * The fault test's knobs: a system property, else an environment variable, else the
	 * default.
	 *
	 * @param orders {@code oms.chaos.orders} / {@code OMS_CHAOS_ORDERS}, default 300
	 * @param duration {@code oms.chaos.duration-seconds} /
	 * {@code OMS_CHAOS_DURATION_SECONDS}: over how long the orders are placed, default
	 * 120
	 * @param seed {@code oms.chaos.seed} / {@code OMS_CHAOS_SEED}: the kinds of orders,
	 * the faults and their timing; random by default, printed to repeat a run
	 * @param deliveryDelay {@code oms.chaos.delivery-delay-millis} /
	 * {@code OMS_CHAOS_DELIVERY_DELAY_MILLIS}: the simulated carrier's delay, default
	 * 1500
	 * @param quietTimeout {@code oms.chaos.quiet-timeout-seconds} /
	 * {@code OMS_CHAOS_QUIET_TIMEOUT_SECONDS}: how long the system may take to settle
	 * after the load, default 300
	 */
	record Settings(int orders, Duration duration, long seed, Duration deliveryDelay, Duration quietTimeout) {

		static Settings fromEnvironment() {
			return new Settings((int) knob("orders", 300), Duration.ofSeconds(knob("duration-seconds", 120)),
					knob("seed", ThreadLocalRandom.current().nextLong()),
					Duration.ofMillis(knob("delivery-delay-millis", 1500)),
					Duration.ofSeconds(knob("quiet-timeout-seconds", 300)));
		}

		private static long knob(String name, long defaultValue) {
			String value = System.getProperty("oms.chaos." + name);
			if (value == null || value.isBlank()) {
				value = System.getenv("OMS_CHAOS_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			return (value == null || value.isBlank()) ? defaultValue : Long.parseLong(value.trim());
		}

	}

}

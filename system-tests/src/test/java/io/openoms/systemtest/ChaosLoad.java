package io.openoms.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

/**
 * The fault test's customers: places orders at a steady rate with a mix of what can go
 * wrong, and cancels some of them shortly after placing. A request that gets no answer
 * (order-service is down or dies during it) is sent again until it is answered; only an
 * order answered with {@code 201} counts as placed.
 */
final class ChaosLoad {

	/** What an order is meant to run into, with its share of the load in percent. */
	enum Kind {

		NORMAL("normal", 54), DECLINED("declined", 15), OUT_OF_STOCK("out-of-stock", 10), CANCELLED("cancelled", 15),
		UNBOOKABLE("unbookable (AQ)", 3), UNDELIVERABLE("undeliverable", 3);

		final String label;

		final int percent;

		Kind(String label, int percent) {
			this.label = label;
			this.percent = percent;
		}

	}

	/**
	 * An order that was answered with {@code 201}.
	 *
	 * @param expectedEnds the final statuses this order may legally reach; for a
	 * cancelled one it depends on the answer to the cancellation
	 */
	record PlacedOrder(String id, Kind kind, Set<String> expectedEnds) {
	}

	private static final List<String> PLENTIFUL_SKUS = List.of("TSHIRT-BLACK-M", "TSHIRT-WHITE-L", "HOODIE-GREY-L",
			"MUG-LOGO", "CAP-NAVY", "SOCKS-3PACK");

	private static final List<String> DECLINING_CARDS = List.of("pm_card_chargeDeclined",
			"pm_card_chargeDeclinedInsufficientFunds", "pm_card_chargeDeclinedExpiredCard",
			"pm_card_chargeDeclinedIncorrectCvc", "pm_card_authenticationRequired");

	private static final Set<String> COMPLETED = Set.of("COMPLETED");

	private static final Set<String> CANCELLED = Set.of("CANCELLED");

	private static final Set<String> EITHER = Set.of("COMPLETED", "CANCELLED");

	/** Retrying longer means order-service did not come back: the test fails. */
	private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

	private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Supplier<String> orderServiceUrl;

	private final int orders;

	private final Duration duration;

	private final Random random;

	private final List<PlacedOrder> placed = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Integer> cancelAnswers = new ConcurrentHashMap<>();

	private final AtomicInteger placeRetries = new AtomicInteger();

	private final AtomicInteger cancelRetries = new AtomicInteger();

	private volatile Duration took;

	private final ScheduledExecutorService cancellations = Executors.newScheduledThreadPool(4);

	private final List<Future<Void>> cancelled = new ArrayList<>();

	ChaosLoad(Supplier<String> orderServiceUrl, int orders, Duration duration, long seed) {
		this.orderServiceUrl = orderServiceUrl;
		this.orders = orders;
		this.duration = duration;
		this.random = new Random(seed);
	}

	/**
	 * Places every order, one after the other at a steady pace, and returns when all of
	 * them and their cancellations are answered.
	 */
	void run() throws Exception {
		long started = System.nanoTime();
		long interval = this.duration.toNanos() / this.orders;
		try {
			for (int i = 0; i < this.orders; i++) {
				pauseUntil(started + i * interval);
				Kind kind = pickKind();
				String id = place(i, kind);
				if (kind == Kind.CANCELLED) {
					long delay = this.random.nextInt(1500);
					this.cancelled.add(this.cancellations.schedule(() -> cancel(id), delay, TimeUnit.MILLISECONDS));
				}
			}
		}
		finally {
			this.cancellations.shutdown();
		}
		if (!this.cancellations.awaitTermination(GIVE_UP_AFTER.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("cancellations still unanswered after " + GIVE_UP_AFTER);
		}
		for (Future<Void> cancellation : this.cancelled) {
			cancellation.get();
		}
		this.took = Duration.ofNanos(System.nanoTime() - started);
	}

	List<PlacedOrder> placed() {
		synchronized (this.placed) {
			return this.placed.stream().map(this::withCancelAnswer).toList();
		}
	}

	Map<Kind, Integer> placedByKind() {
		Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			counts.put(kind, 0);
		}
		placed().forEach((order) -> counts.merge(order.kind(), 1, Integer::sum));
		return counts;
	}

	/** How often a cancellation was answered with each status code. */
	Map<Integer, Long> cancelAnswers() {
		Map<Integer, Long> counts = new TreeMap<>();
		this.cancelAnswers.values().forEach((status) -> counts.merge(status, 1L, Long::sum));
		return counts;
	}

	/** How long placing and cancelling took, or null while it goes on. */
	Duration took() {
		return this.took;
	}

	int placeRetries() {
		return this.placeRetries.get();
	}

	int cancelRetries() {
		return this.cancelRetries.get();
	}

	private PlacedOrder withCancelAnswer(PlacedOrder order) {
		if (order.kind() != Kind.CANCELLED) {
			return order;
		}
		Integer answer = this.cancelAnswers.get(order.id());
		// Refused after the parcel left: the order goes on to COMPLETED.
		return new PlacedOrder(order.id(), order.kind(),
				(answer == null) ? EITHER : (answer == 200) ? CANCELLED : COMPLETED);
	}

	private Kind pickKind() {
		int roll = this.random.nextInt(100);
		for (Kind kind : Kind.values()) {
			roll -= kind.percent;
			if (roll < 0) {
				return kind;
			}
		}
		return Kind.NORMAL;
	}

	private String place(int number, Kind kind) throws Exception {
		String lines = plentifulLines();
		String line1 = "Main St " + (number + 1);
		String country = this.random.nextBoolean() ? "DE" : "ES";
		String card = "pm_card_visa";
		Set<String> expected = COMPLETED;
		switch (kind) {
			case DECLINED -> {
				card = DECLINING_CARDS.get(this.random.nextInt(DECLINING_CARDS.size()));
				expected = CANCELLED;
			}
			case OUT_OF_STOCK -> {
				// 5 posters in stock: 6 never fit; one or two fit until they run out.
				int posters = this.random.nextBoolean() ? 6 : 1 + this.random.nextInt(2);
				lines = "[{\"sku\":\"POSTER-LIMITED\",\"quantity\":" + posters + "}]";
				expected = (posters > 5) ? CANCELLED : EITHER;
			}
			case CANCELLED -> expected = EITHER;
			case UNBOOKABLE -> {
				country = "AQ";
				expected = CANCELLED;
			}
			case UNDELIVERABLE -> {
				line1 = "UNDELIVERABLE Nowhere Lane " + (number + 1);
				expected = CANCELLED;
			}
			case NORMAL -> {
			}
		}
		String body = """
				{"customerId":"chaos-%d","lines":%s,
				 "shippingAddress":{"name":"Chaos Customer %d","line1":"%s","postalCode":"10115","city":"Berlin","country":"%s"},
				 "paymentMethod":"%s"}
				"""
			.formatted(number, lines, number, line1, country, card);
		HttpResponse<String> response = sendUntilAnswered("/api/orders", body, this.placeRetries);
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"placing order " + number + " answered " + response.statusCode() + ": " + response.body());
		}
		String id = json.readTree(response.body()).path("id").asString();
		this.placed.add(new PlacedOrder(id, kind, expected));
		return id;
	}

	private String plentifulLines() {
		List<String> skus = new ArrayList<>(PLENTIFUL_SKUS);
		Collections.shuffle(skus, this.random);
		int count = 1 + this.random.nextInt(3);
		List<String> lines = new ArrayList<>();
		for (String sku : skus.subList(0, count)) {
			lines.add("{\"sku\":\"" + sku + "\",\"quantity\":" + (1 + this.random.nextInt(3)) + "}");
		}
		return "[" + String.join(",", lines) + "]";
	}

	private Void cancel(String orderId) throws Exception {
		HttpResponse<String> response = sendUntilAnswered("/api/orders/" + orderId + "/cancel",
				"{\"reason\":\"chaos test: customer changed their mind\"}", this.cancelRetries);
		if (response.statusCode() != 200 && response.statusCode() != 409) {
			throw new IllegalStateException(
					"cancelling order " + orderId + " answered " + response.statusCode() + ": " + response.body());
		}
		this.cancelAnswers.put(orderId, response.statusCode());
		return null;
	}

	/**
	 * Sends the same request again while order-service cannot answer it: refused
	 * connections while it is down or starting, a reset when it dies mid-request. Any
	 * answer, an error too, is returned.
	 */
	private HttpResponse<String> sendUntilAnswered(String path, String body, AtomicInteger retries) throws Exception {
		long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
		while (true) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.orderServiceUrl.get() + path))
				.timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				// No answer: try again below.
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("order-service did not answer " + path + " within " + GIVE_UP_AFTER);
			}
			retries.incrementAndGet();
			Thread.sleep(RETRY_PAUSE.toMillis());
		}
	}

	/** Pacing the load, not waiting for a condition. */
	private static void pauseUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

}

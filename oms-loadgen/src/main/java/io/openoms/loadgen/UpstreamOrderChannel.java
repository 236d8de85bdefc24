package io.openoms.loadgen;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Topics;
import io.openoms.contracts.upstream.OrderPlaced;
import io.openoms.contracts.upstream.UpstreamEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Places orders as an upstream system does (ADR 0013): publishes {@code OrderPlaced} on
 * {@code oms.upstream.orders} in the product's envelope, keyed by the id derived from the
 * channel ({@value #CHANNEL}) and a reference unique to this run, and waits for
 * order-service's {@code OrderAccepted} or {@code OrderRejected} on
 * {@code oms.upstream.order-results}.
 *
 * <p>
 * Two acknowledgements: {@code produced} when the broker acknowledged the record
 * ({@code acks=all}), and {@code ack} when the answer was read from the results topic,
 * the moment order-service has stored the order, as a 201 over HTTP. The order's id is
 * known before it is sent ({@code UpstreamOrder.orderIdOf(channel, reference)}): the
 * answer and the status events carry it as their key and {@code orderId}, which is how
 * they are matched to the placement.
 *
 * <p>
 * The producer batches ({@code linger.ms=5}, 64 KiB batches, lz4) and never waits on the
 * send path: one producer, asynchronous sends, the answers matched on the consumer's
 * thread.
 */
final class UpstreamOrderChannel implements OrderChannel {

	/** The upstream system the benchmark poses as. */
	static final String CHANNEL = "oms-bench";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Producer<String, byte[]> producer;

	private TopicTail results;

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	private final String run;

	private final Duration answerTimeout;

	/** One order sent and not answered yet. */
	private static final class Pending {

		final CompletableFuture<Long> produced = new CompletableFuture<>();

		final CompletableFuture<Placement> answer = new CompletableFuture<>();

	}

	/**
	 * @param bootstrapServers the broker
	 * @param label the run's label, part of each order's reference
	 * @param answerTimeout how long after the send an answer may take before the
	 * placement counts as not answered
	 */
	UpstreamOrderChannel(String bootstrapServers, String label, Duration answerTimeout) {
		this(new KafkaProducer<>(producerConfig(bootstrapServers)), reference(label, System.currentTimeMillis()),
				answerTimeout);
		this.results = new TopicTail(bootstrapServers, "oms-loadgen-upstream-results", Topics.UPSTREAM_ORDER_RESULTS,
				this::onAnswer);
		try {
			// Metadata now, so the first send does not wait for it.
			this.producer.partitionsFor(Topics.UPSTREAM_ORDERS);
			this.results.start();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
			throw new IllegalStateException("interrupted while connecting to " + bootstrapServers, ex);
		}
		catch (RuntimeException ex) {
			close();
			throw (ex instanceof IllegalStateException) ? ex
					: new IllegalStateException("cannot reach the broker at " + bootstrapServers + ": " + ex, ex);
		}
	}

	/**
	 * Without reading the answers: they are handed to {@link #onAnswer(byte[])}.
	 * @param producer sends the placements
	 * @param run the prefix of this run's references
	 * @param answerTimeout how long after the send an answer may take
	 */
	UpstreamOrderChannel(Producer<String, byte[]> producer, String run, Duration answerTimeout) {
		this.producer = producer;
		this.run = run;
		this.answerTimeout = answerTimeout;
	}

	static Properties producerConfig(String bootstrapServers) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "oms-loadgen-upstream");
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
		config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
		config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
		return config;
	}

	/**
	 * The prefix of this run's references: the label (lower case, at most 40 of
	 * {@code [a-z0-9-]}) and the start time in base 36, so two runs never send the same
	 * reference (a repeated reference places nothing, ADR 0013).
	 */
	static String reference(String label, long epochMillis) {
		String name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
		return ((name.length() > 40) ? name.substring(0, 40) : name) + "-" + Long.toString(epochMillis, 36);
	}

	@Override
	public CompletableFuture<Placement> place(OrderMix.PlannedOrder order) {
		OrderPlaced placed = order.upstream(CHANNEL, this.run + "-" + order.number());
		UUID orderId = placed.orderId();
		Pending sent = new Pending();
		this.pending.put(orderId, sent);
		sent.answer
			.completeOnTimeout(
					Placement
						.failed("no OrderAccepted or OrderRejected within " + this.answerTimeout.toSeconds() + " s"),
					this.answerTimeout.toMillis(), TimeUnit.MILLISECONDS)
			.whenComplete((answer, ex) -> this.pending.remove(orderId));
		try {
			this.producer.send(new ProducerRecord<>(Topics.UPSTREAM_ORDERS, orderId.toString(), envelope(placed)),
					(metadata, ex) -> {
						if (ex == null) {
							sent.produced.complete(System.nanoTime());
						}
						else {
							notProduced(sent, ex);
						}
					});
		}
		catch (RuntimeException ex) {
			notProduced(sent, ex);
		}
		return sent.produced.thenCombine(sent.answer,
				(produced, answer) -> new Placement(answer.orderId(), answer.failure(), produced));
	}

	private static void notProduced(Pending sent, Exception ex) {
		sent.produced.complete(-1L);
		sent.answer.complete(Placement.failed("not produced: " + ex.getClass().getSimpleName()));
	}

	/** The JSON envelope of an upstream system's {@code OrderPlaced}. */
	static byte[] envelope(OrderPlaced placed) {
		UUID eventId = UUID.randomUUID();
		return json.writeValueAsBytes(new EventEnvelope<>(eventId, UpstreamEvents.PLACED.name(),
				UpstreamEvents.PLACED.version(), placed.orderId(), Instant.now(), eventId, eventId, CHANNEL, placed));
	}

	/** Completes the placement an answer on the results topic is about. */
	void onAnswer(ConsumerRecord<String, byte[]> record, long nanos) {
		onAnswer(record.value());
	}

	void onAnswer(byte[] value) {
		JsonNode root;
		try {
			root = json.readTree(value);
		}
		catch (RuntimeException ex) {
			return;
		}
		UUID orderId;
		try {
			orderId = UUID.fromString(root.path("orderId").asString(""));
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		Pending sent = this.pending.get(orderId);
		if (sent == null) {
			// Another upstream's answer, or a repeated one.
			return;
		}
		JsonNode payload = root.path("payload");
		switch (root.path("type").asString("")) {
			case "OrderAccepted" ->
				sent.answer.complete(Placement.accepted(payload.path("omsOrderId").asString(orderId.toString())));
			case "OrderRejected" -> sent.answer.complete(Placement
				.failed("OrderRejected: " + StreamSupport.stream(payload.path("reasons").spliterator(), false)
					.map((reason) -> reason.path("field").asString("?"))
					.collect(Collectors.joining(", "))));
			default -> {
				// Not an answer.
			}
		}
	}

	/** Placements sent and not answered yet. */
	int unanswered() {
		return this.pending.size();
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
		try {
			if (this.results != null) {
				this.results.close();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

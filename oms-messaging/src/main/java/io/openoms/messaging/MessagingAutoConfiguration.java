package io.openoms.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventType;
import io.openoms.contracts.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox, its relay, the idempotent consumer, retries, dead-lettering and the
 * dead-letter endpoints into a service. A service only declares an {@link EventHandlers}
 * bean (what it consumes) and calls {@link Outbox#append} (what it publishes).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	/** Header naming why a message was dead-lettered, in words an operator can act on. */
	public static final String DEAD_LETTER_REASON_HEADER = "oms-dlt-reason";

	/** Header naming the consumer (service) that gave up on a message. */
	public static final String DEAD_LETTER_CONSUMER_HEADER = "oms-dlt-consumer";

	/** Header saying when the consumer gave up, as an ISO-8601 instant in UTC. */
	public static final String DEAD_LETTER_FAILED_AT_HEADER = "oms-dlt-failed-at";

	@Bean
	EventCodec omsEventCodec(JsonMapper jsonMapper) {
		return new EventCodec(jsonMapper);
	}

	@Bean
	MessagingSchema omsMessagingSchema(DataSource dataSource) {
		return new MessagingSchema(dataSource);
	}

	@Bean
	OutboxRows omsOutboxRows(JdbcClient jdbc, MessagingSchema schema) {
		return new OutboxRows(jdbc);
	}

	@Bean
	ProcessedEvents omsProcessedEvents(JdbcClient jdbc, MessagingSchema schema) {
		return new ProcessedEvents(jdbc);
	}

	@Bean
	KafkaTemplate<String, byte[]> omsKafkaTemplate(KafkaProperties kafkaProperties) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		// Nothing lost, nothing doubled on the broker side: every replica acknowledges,
		// retries
		// never duplicate or reorder.
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
	}

	@Bean
	Housekeeping omsHousekeeping(OutboxRows rows, JdbcClient jdbc, MessagingProperties properties) {
		return new Housekeeping(rows, jdbc, properties);
	}

	@Bean
	OutboxRelay omsOutboxRelay(OutboxRows rows, KafkaTemplate<String, byte[]> omsKafkaTemplate,
			TransactionTemplate transactions, MessagingProperties properties, Housekeeping housekeeping) {
		return new OutboxRelay(rows, omsKafkaTemplate, transactions, properties, housekeeping);
	}

	@Bean
	Outbox omsOutbox(OutboxRows rows, EventCodec codec, OutboxRelay relay,
			@Value("${spring.application.name}") String producer) {
		return new Outbox(rows, codec, relay, producer, Clock.systemUTC());
	}

	@Bean
	OutboxMonitor omsOutboxMonitor(OutboxRows rows) {
		return new OutboxMonitor(rows);
	}

	/**
	 * Every service declares every topic: whichever starts first creates them, the rest
	 * find them.
	 */
	@Bean
	KafkaAdmin.NewTopics omsTopics(MessagingProperties properties) {
		List<String> topics = EventCatalog.all().stream().map(EventType::topic).distinct().toList();
		return new KafkaAdmin.NewTopics(topics.stream()
			.flatMap((topic) -> Stream.of(topic, Topics.deadLetterTopicOf(topic)))
			.map((topic) -> TopicBuilder.name(topic)
				.partitions(properties.topicPartitions())
				.replicas(properties.topicReplicationFactor())
				.build())
			.toArray(NewTopic[]::new));
	}

	/**
	 * Retries a failed delivery and dead-letters it when retrying cannot help. Failures
	 * of the infrastructure ({@link TransientFailures}) are retried with capped
	 * exponential back-off for as long as they last; a {@link RejectedEventException}
	 * goes to the dead-letter topic at once; anything else after
	 * {@code max-delivery-attempts}.
	 */
	@Bean
	DefaultErrorHandler omsErrorHandler(KafkaTemplate<String, byte[]> omsKafkaTemplate, MessagingProperties properties,
			@Value("${spring.application.name}") String consumer) {
		Clock clock = Clock.systemUTC();
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(omsKafkaTemplate,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), record.partition()));
		// Spring Kafka adds kafka_dlt-original-* and kafka_dlt-exception-* itself.
		recoverer.setHeadersFunction((record,
				ex) -> new RecordHeaders(List.of(header(DEAD_LETTER_REASON_HEADER, FailureReason.of(ex)),
						header(DEAD_LETTER_CONSUMER_HEADER, consumer),
						header(DEAD_LETTER_FAILED_AT_HEADER, clock.instant().toString()))));
		ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(
				properties.maxDeliveryAttempts() - 1);
		bounded.setInitialInterval(properties.retryInitialInterval().toMillis());
		bounded.setMultiplier(2.0);
		bounded.setMaxInterval(properties.retryMaxInterval().toMillis());
		BackOff forever = TransientFailures.retryForever(properties.retryInitialInterval(),
				properties.retryMaxInterval());
		// The default is the unbounded back-off, so that even with one delivery attempt
		// configured an infrastructure failure is never dead-lettered; the function picks
		// the bounded one for everything else. Spring Kafka asks it again whenever the
		// failure's type changes.
		// The failure arrives wrapped (listener, batch), so rejections are recognised by
		// their cause chain rather than by the handler's class-based classification.
		BackOff deadLetterAtOnce = new FixedBackOff(0, 0);
		DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer, forever);
		errorHandler.setBackOffFunction((record, ex) -> {
			if (TransientFailures.isTransient(ex)) {
				return forever;
			}
			return FailureReason.isRejection(ex) ? deadLetterAtOnce : bounded;
		});
		errorHandler.setRetryListeners(new ConsumerFailureLog(properties.maxDeliveryAttempts()));
		// After a failed record of a batch the rest of the batch is sought back and
		// delivered again: routine, logged by ConsumerFailureLog, not an error.
		errorHandler.setLogLevel(KafkaException.Level.DEBUG);
		return errorHandler;
	}

	@Bean
	@ConditionalOnBean(EventHandlers.class)
	InboundEventDispatcher omsInboundEventDispatcher(EventHandlers handlers, EventCodec codec,
			ProcessedEvents processed, TransactionTemplate transactions, MessagingProperties properties,
			Outbox omsOutbox, @Value("${spring.application.name}") String consumer) {
		return new InboundEventDispatcher(handlers, codec, processed, transactions, consumer, properties.crashAt(),
				omsOutbox);
	}

	@Bean
	@ConditionalOnBean(EventHandlers.class)
	ConcurrentMessageListenerContainer<String, byte[]> omsEventListenerContainer(KafkaProperties kafkaProperties,
			EventHandlers handlers, InboundEventDispatcher omsInboundEventDispatcher,
			DefaultErrorHandler omsErrorHandler, MessagingProperties properties,
			@Value("${spring.application.name}") String consumer) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, consumer);
		// A service that joins late must still see every event published before it
		// subscribed.
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.consumerBatchSize());
		ContainerProperties containerProperties = new ContainerProperties(handlers.topics().toArray(String[]::new));
		containerProperties.setMessageListener(omsInboundEventDispatcher);
		// Offsets only say where to resume: what was applied is known from the
		// processed-event ids, committed with the state (ADR 0002). Committing after
		// every
		// poll made the broker's group coordinator one of the busiest parts of the system
		// (ADR 0017).
		containerProperties.setAckMode(ContainerProperties.AckMode.TIME);
		containerProperties.setAckTime(properties.consumerCommitInterval().toMillis());
		// An idle consumer commits what it applied last once its poll returns.
		containerProperties.setPollTimeout(properties.consumerCommitInterval().toMillis());
		ConcurrentMessageListenerContainer<String, byte[]> container = new ConcurrentMessageListenerContainer<>(
				new DefaultKafkaConsumerFactory<>(config), containerProperties);
		container.setConcurrency(properties.consumerConcurrency());
		container.setCommonErrorHandler(omsErrorHandler);
		container.setBeanName(consumer + "-events");
		return container;
	}

	@Bean
	@ConditionalOnBean(EventHandlers.class)
	DeadLetters omsDeadLetters(KafkaProperties kafkaProperties, EventHandlers handlers,
			InboundEventDispatcher omsInboundEventDispatcher, EventCodec codec, JdbcClient jdbc, MessagingSchema schema,
			@Value("${spring.application.name}") String consumer) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		// Assigned partitions and explicit seeks: no group, nothing committed.
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// Answer an HTTP request soon when a partition has nothing more to read.
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
		return new DeadLetters(handlers, new DeadLetterReader(new DefaultKafkaConsumerFactory<>(config)),
				omsInboundEventDispatcher, new DeadLetterReplays(jdbc), codec, consumer, Clock.systemUTC());
	}

	private static RecordHeader header(String name, String value) {
		return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
	}

	/** The dead-letter endpoints, in servlet web applications only. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
	@ConditionalOnBean(EventHandlers.class)
	static class DeadLetterWebConfiguration {

		@Bean
		DeadLetterController omsDeadLetterController(DeadLetters deadLetters) {
			return new DeadLetterController(deadLetters);
		}

	}

}

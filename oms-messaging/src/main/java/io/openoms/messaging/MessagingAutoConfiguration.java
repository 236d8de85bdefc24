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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox, its relay, the idempotent consumer and dead-lettering into a service.
 * A service only declares an {@link EventHandlers} bean (what it consumes) and calls
 * {@link Outbox#append} (what it publishes).
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

	@Bean
	DefaultErrorHandler omsErrorHandler(KafkaTemplate<String, byte[]> omsKafkaTemplate, MessagingProperties properties,
			@Value("${spring.application.name}") String consumer) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(omsKafkaTemplate,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), record.partition()));
		recoverer.setHeadersFunction((record,
				ex) -> new RecordHeaders(List.of(
						new RecordHeader(DEAD_LETTER_REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8)),
						new RecordHeader(DEAD_LETTER_CONSUMER_HEADER, consumer.getBytes(StandardCharsets.UTF_8)))));
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(
				properties.maxDeliveryAttempts() - 1);
		backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
		DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer, backOff);
		errorHandler.addNotRetryableExceptions(RejectedEventException.class);
		return errorHandler;
	}

	@Bean
	@ConditionalOnBean(EventHandlers.class)
	ConcurrentMessageListenerContainer<String, byte[]> omsEventListenerContainer(KafkaProperties kafkaProperties,
			EventHandlers handlers, EventCodec codec, ProcessedEvents processed, TransactionTemplate transactions,
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
		ContainerProperties containerProperties = new ContainerProperties(handlers.topics().toArray(String[]::new));
		containerProperties.setMessageListener(
				new InboundEventDispatcher(handlers, codec, processed, transactions, consumer, properties.crashAt()));
		ConcurrentMessageListenerContainer<String, byte[]> container = new ConcurrentMessageListenerContainer<>(
				new DefaultKafkaConsumerFactory<>(config), containerProperties);
		container.setConcurrency(properties.consumerConcurrency());
		container.setCommonErrorHandler(omsErrorHandler);
		container.setBeanName(consumer + "-events");
		return container;
	}

	private static String reason(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof RejectedEventException)) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}

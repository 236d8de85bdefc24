package io.openoms.loadgen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Every second: the lag of every consumer group of the services (committed offsets
 * against the end offsets), the unpublished rows of each service's outbox, and the CPU
 * and memory of each process.
 */
final class SystemSampler implements AutoCloseable {

	/** The databases of the local run, by service. */
	static final Map<String, String> DATABASES = Map.of("order-service", "orders", "payment-service", "payments",
			"inventory-service", "inventory", "shipping-service", "shipping");

	/**
	 * One second's reading.
	 *
	 * @param second seconds since the start of the run
	 * @param lagByGroup records not yet consumed, per consumer group
	 * @param outboxByService unpublished outbox rows, per service
	 * @param processes CPU and memory per component
	 * @param loadgenCpuMillis this JVM's CPU time so far
	 */
	record Sample(double second, Map<String, Long> lagByGroup, Map<String, Long> outboxByService,
			Map<String, ProcessProbe.Reading> processes, long loadgenCpuMillis) {

		long totalLag() {
			return this.lagByGroup.values().stream().mapToLong(Long::longValue).sum();
		}

		long totalOutbox() {
			return this.outboxByService.values().stream().mapToLong((value) -> Math.max(0, value)).sum();
		}

	}

	private final Admin admin;

	private final Map<String, Connection> connections = new TreeMap<>();

	private final ProcessProbe probe;

	private final long startNanos;

	private final List<Sample> samples = new ArrayList<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "system-sampler");
		thread.setDaemon(true);
		return thread;
	});

	SystemSampler(BenchSettings settings, ProcessProbe probe, long startNanos) {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, "oms-loadgen-sampler");
		this.admin = Admin.create(config);
		for (Map.Entry<String, String> database : new TreeMap<>(DATABASES).entrySet()) {
			String url = "jdbc:postgresql://" + settings.postgresHost() + "/" + database.getValue();
			try {
				this.connections.put(database.getKey(), DriverManager.getConnection(url, "postgres", "postgres"));
			}
			catch (SQLException ex) {
				System.err.println("No outbox backlog for " + database.getKey() + ": " + ex.getMessage());
			}
		}
		this.probe = probe;
		this.startNanos = startNanos;
	}

	void start() {
		this.scheduler.scheduleAtFixedRate(this::sampleSafely, 0, 1, TimeUnit.SECONDS);
	}

	/** Takes one sample now, on the caller's thread (for the first and the last). */
	Sample sampleNow() {
		Sample sample = sample();
		synchronized (this.samples) {
			this.samples.add(sample);
		}
		return sample;
	}

	List<Sample> samples() {
		synchronized (this.samples) {
			return List.copyOf(this.samples);
		}
	}

	Sample latest() {
		synchronized (this.samples) {
			return this.samples.isEmpty() ? null : this.samples.get(this.samples.size() - 1);
		}
	}

	private void sampleSafely() {
		try {
			sampleNow();
		}
		catch (RuntimeException ex) {
			System.err.println("Sampling failed: " + ex);
		}
	}

	private Sample sample() {
		double second = (System.nanoTime() - this.startNanos) / 1e9;
		Map<String, Long> lag = lag();
		Map<String, Long> outbox = new LinkedHashMap<>();
		this.connections.forEach((service, connection) -> outbox.put(service, unpublished(connection)));
		long loadgenCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
		return new Sample(second, lag, outbox, this.probe.read(), loadgenCpu);
	}

	private Map<String, Long> lag() {
		Map<String, Long> lagByGroup = new TreeMap<>();
		try {
			Collection<String> groups = this.admin.listGroups(ListGroupsOptions.forConsumerGroups())
				.all()
				.get(5, TimeUnit.SECONDS)
				.stream()
				.map((listing) -> listing.groupId())
				.toList();
			Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
			Set<TopicPartition> partitions = new java.util.HashSet<>();
			for (String group : groups) {
				Map<TopicPartition, OffsetAndMetadata> offsets = this.admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get(5, TimeUnit.SECONDS);
				committed.put(group, offsets);
				partitions.addAll(offsets.keySet());
			}
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			partitions.forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = this.admin.listOffsets(latest)
				.all()
				.get(5, TimeUnit.SECONDS);
			committed.forEach((group, offsets) -> {
				long sum = 0;
				for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : offsets.entrySet()) {
					ListOffsetsResult.ListOffsetsResultInfo end = ends.get(entry.getKey());
					if (end != null && entry.getValue() != null) {
						sum += Math.max(0, end.offset() - entry.getValue().offset());
					}
				}
				lagByGroup.put(group, sum);
			});
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			lagByGroup.put("(unavailable)", -1L);
		}
		return lagByGroup;
	}

	private static long unpublished(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select count(*) from oms_messaging.outbox where published_at is null")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.scheduler.shutdown();
		this.scheduler.awaitTermination(5, TimeUnit.SECONDS);
		this.admin.close(Duration.ofSeconds(2));
		for (Connection connection : this.connections.values()) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Closing anyway.
			}
		}
	}

}

package io.openoms.messaging;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The replays operators asked for, in {@code oms_messaging.dead_letter_replay}. */
final class DeadLetterReplays {

	private final JdbcClient jdbc;

	DeadLetterReplays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(DeadLetterReplay replay) {
		this.jdbc
			.sql("insert into oms_messaging.dead_letter_replay"
					+ " (dlt_topic, dlt_partition, dlt_offset, replayed_at, outcome, error) values (?, ?, ?, ?, ?, ?)")
			.params(replay.dltTopic(), replay.partition(), replay.offset(), Timestamp.from(replay.replayedAt()),
					replay.outcome().name(), replay.error())
			.update();
	}

	/**
	 * The replay history of every dead letter on the given topics that was replayed at
	 * least once.
	 */
	Map<Coordinates, History> historyOf(Collection<String> dltTopics) {
		return this.jdbc.sql("""
				select distinct on (dlt_topic, dlt_partition, dlt_offset)
				       dlt_topic, dlt_partition, dlt_offset, replayed_at, outcome, error,
				       bool_or(outcome <> 'FAILED') over (partition by dlt_topic, dlt_partition, dlt_offset) as resolved
				from oms_messaging.dead_letter_replay
				where dlt_topic = any(?)
				order by dlt_topic, dlt_partition, dlt_offset, id desc
				""")
			.param(dltTopics.toArray(String[]::new))
			.query((rs, n) -> new History(
					new DeadLetterReplay(rs.getString("dlt_topic"), rs.getInt("dlt_partition"),
							rs.getLong("dlt_offset"), ReplayOutcome.valueOf(rs.getString("outcome")),
							rs.getTimestamp("replayed_at").toInstant(), rs.getString("error")),
					rs.getBoolean("resolved")))
			.list()
			.stream()
			.collect(Collectors.toMap((history) -> Coordinates.of(history.last()), (history) -> history));
	}

	/** Where a dead letter sits. */
	record Coordinates(String topic, int partition, long offset) {

		static Coordinates of(DeadLetterReplay replay) {
			return new Coordinates(replay.dltTopic(), replay.partition(), replay.offset());
		}

	}

	/**
	 * @param last the latest replay
	 * @param resolved whether any replay left nothing to do
	 */
	record History(DeadLetterReplay last, boolean resolved) {
	}

}

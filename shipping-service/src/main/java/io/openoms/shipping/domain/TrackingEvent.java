package io.openoms.shipping.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a parcel's tracking history: what the carrier reported, and whether it
 * moved the parcel on.
 *
 * @param carrierEventId the carrier's id of the report; a report is applied once
 * @param status what the carrier reported
 * @param description the carrier's words, may be null
 * @param location where, as the carrier names it, may be null
 * @param occurredAt when it happened, by the carrier's clock
 * @param recordedAt when this service received it
 * @param applied false for a report that arrived after a later one or after the parcel's
 * journey ended: it is kept for the history, but changed nothing
 */
public record TrackingEvent(String carrierEventId, TrackingStatus status, String description, String location,
		Instant occurredAt, Instant recordedAt, boolean applied) {

	public TrackingEvent {
		if (carrierEventId == null || carrierEventId.isBlank()) {
			throw new IllegalArgumentException("a tracking event needs the carrier's event id");
		}
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(recordedAt, "recordedAt");
	}

}

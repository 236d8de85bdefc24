package io.openoms.shipping.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.openoms.contracts.Money;
import io.openoms.shipping.application.Shipments;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.ServiceLevel;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShipmentStatus;
import io.openoms.shipping.domain.ShippingAddress;
import io.openoms.shipping.domain.TrackingEvent;
import io.openoms.shipping.domain.TrackingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Shipments in PostgreSQL: one row per shipment, its lines and its tracking history. A
 * shipment is read in two statements (its row with its lines, then its history) and saved
 * in at most two (its row if its state changed, and only the new entries of its history).
 */
@Repository
class JdbcShipments implements Shipments {

	/**
	 * A shipment's row with its lines (which never change) as arrays, in line order; a
	 * query adds its own conditions (on {@code s}).
	 */
	private static final String SELECT_SHIPMENT = """
			select s.*,
			    array(select l.sku from shipment_line l where l.shipment_id = s.id order by l.line_no) as line_skus,
			    array(select l.quantity from shipment_line l where l.shipment_id = s.id order by l.line_no)
			        as line_quantities
			from shipment s""";

	private final JdbcClient jdbc;

	JdbcShipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean addAllIfFirstForOrder(List<Shipment> shipments, UUID correlationId) {
		for (int i = 0; i < shipments.size(); i++) {
			if (!insert(shipments.get(i), correlationId, i == 0)) {
				if (i > 0) {
					throw new IllegalStateException(
							"order " + shipments.get(i).orderId() + " got shipments from two allocations at once");
				}
				return false;
			}
		}
		return true;
	}

	/**
	 * Inserts the shipment and its lines in one statement.
	 * @param first whether this is the order's first shipment: it is not added if the
	 * order has any shipment already, and it conflicts with (or waits for) a concurrent
	 * insert of the same first shipment
	 */
	private boolean insert(Shipment shipment, UUID correlationId, boolean first) {
		Shipment.Snapshot s = shipment.snapshot();
		ShippingAddress a = s.address();
		List<ShipmentLine> lines = s.lines();
		// A shipment has at least one line: lines were inserted if and only if it was.
		return this.jdbc.sql("""
				with added as (
				    insert into shipment (id, order_id, warehouse, status, ship_name, ship_line1, ship_line2,
				        ship_postal_code, ship_city, ship_country, created_at, correlation_id, weight_grams)
				    select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
				    where not ? or not exists (select 1 from shipment where order_id = ?)
				    on conflict (order_id, warehouse) do nothing
				    returning id)
				insert into shipment_line (shipment_id, line_no, sku, quantity)
				select added.id, line.line_no, line.sku, line.quantity
				from added, unnest(?::varchar[], ?::int[]) with ordinality as line (sku, quantity, line_no)
				""")
			.params(s.id(), s.orderId(), s.warehouse(), s.status().name(), a.name(), a.line1(), a.line2(),
					a.postalCode(), a.city(), a.country(), Timestamp.from(s.createdAt()), correlationId,
					s.weightGrams(), first, s.orderId(), lines.stream().map(ShipmentLine::sku).toArray(String[]::new),
					lines.stream().map(ShipmentLine::quantity).toArray(Integer[]::new))
			.update() > 0;
	}

	@Override
	public void update(Shipment shipment) {
		Shipment.Changes changes = shipment.unsavedChanges();
		Shipment.Snapshot s = shipment.snapshot();
		Label label = s.label();
		if (changes.state()) {
			int updated = this.jdbc.sql("""
					update shipment set status = ?, carrier = ?, service = ?, tracking_number = ?, tracking_url = ?,
					    cost_minor = ?, cost_currency = ?, expected_delivery_at = ?, carrier_choice = ?,
					    tracking_status = ?, dispatched_at = ?, delivered_at = ?, reason = ?, failed_at = ?,
					    returned_at = ?, recalled_at = ?
					where id = ?
					""")
				.params(s.status().name(), (label != null) ? label.carrier() : null,
						(label != null) ? label.service().name() : null,
						(label != null) ? label.trackingNumber() : null, (label != null) ? label.trackingUrl() : null,
						(label != null) ? label.cost().amountMinor() : null,
						(label != null) ? label.cost().currency() : null,
						(label != null) ? Timestamp.from(label.expectedDeliveryAt()) : null, s.carrierChoice(),
						(s.trackingStatus() != null) ? s.trackingStatus().name() : null, timestamp(s.dispatchedAt()),
						timestamp(s.deliveredAt()), s.reason(), timestamp(s.failedAt()), timestamp(s.returnedAt()),
						timestamp(s.recalledAt()), s.id())
				.update();
			if (updated != 1) {
				throw new IllegalStateException("shipment " + s.id() + " is not stored");
			}
		}
		List<TrackingEvent> added = changes.newTracking();
		if (!added.isEmpty()) {
			// Only a labelled parcel has a history. A carrier event id recorded before
			// (for
			// another parcel) is not recorded twice.
			this.jdbc.sql("""
					insert into tracking_event (shipment_id, carrier, carrier_event_id, status, description,
					    location, occurred_at, recorded_at, applied)
					select ?, ?, e.* from unnest(?::varchar[], ?::varchar[], ?::text[], ?::varchar[],
					    ?::timestamptz[], ?::timestamptz[], ?::boolean[]) as e
					on conflict (carrier, carrier_event_id) do nothing
					""")
				.params(s.id(), label.carrier(), column(added, TrackingEvent::carrierEventId),
						column(added, (e) -> e.status().name()), column(added, TrackingEvent::description),
						column(added, TrackingEvent::location), column(added, (e) -> e.occurredAt().toString()),
						column(added, (e) -> e.recordedAt().toString()),
						added.stream().map(TrackingEvent::applied).toArray(Boolean[]::new))
				.update();
		}
		shipment.changesSaved();
	}

	@Override
	public Optional<Shipment> findById(UUID id) {
		return restore(this.jdbc.sql(SELECT_SHIPMENT + " where s.id = ?").param(id).query(this::row).list(), null)
			.shipments()
			.stream()
			.findFirst()
			.map(Tracked::shipment);
	}

	@Override
	public List<Shipment> findByOrderId(UUID orderId) {
		return restore(this.jdbc.sql(SELECT_SHIPMENT + " where s.order_id = ? order by s.created_at, s.warehouse")
			.param(orderId)
			.query(this::row)
			.list(), null).shipments().stream().map(Tracked::shipment).toList();
	}

	@Override
	public List<Tracked> lockByOrderId(UUID orderId) {
		return restore(this.jdbc.sql(SELECT_SHIPMENT + " where s.order_id = ? order by s.id for update of s")
			.param(orderId)
			.query(this::row)
			.list(), null).shipments();
	}

	@Override
	public LockedForTracking lockByTrackingNumber(String carrier, String trackingNumber,
			Collection<String> carrierEventIds) {
		List<ShipmentRow> rows = this.jdbc.sql(SELECT_SHIPMENT + """
				 where s.order_id = (select order_id from shipment where carrier = ? and tracking_number = ?)
				order by s.id for update of s
				""").params(carrier, trackingNumber).query(this::row).list();
		return restore(rows, new EventIds(carrier, Set.copyOf(carrierEventIds)));
	}

	/**
	 * The shipments of the rows with their tracking history, read in one statement for
	 * all of them (after any lock on the rows is held, so it sees every entry committed
	 * before), together with the given carrier event ids that are recorded for any
	 * parcel.
	 */
	private LockedForTracking restore(List<ShipmentRow> rows, EventIds asked) {
		if (rows.isEmpty()) {
			return new LockedForTracking(List.of(), Set.of());
		}
		Map<UUID, List<TrackingEvent>> tracking = new HashMap<>();
		Set<String> recorded = new HashSet<>();
		String[] eventIds = (asked != null) ? asked.ids().toArray(String[]::new) : new String[0];
		// Two branches, each answered from its own index: the history of the shipments,
		// and
		// the asked ids recorded for any parcel of the carrier.
		this.jdbc.sql("""
				select true as history, shipment_id, carrier, carrier_event_id, status, description, location,
				    occurred_at, recorded_at, applied
				from tracking_event where shipment_id = any(?::uuid[])
				union all
				select false, shipment_id, carrier, carrier_event_id, status, description, location, occurred_at,
				    recorded_at, applied
				from tracking_event where carrier = ? and carrier_event_id = any(?::varchar[])
				order by occurred_at, recorded_at, carrier_event_id
				""")
			.params(rows.stream().map((row) -> row.id().toString()).toArray(String[]::new),
					(asked != null) ? asked.carrier() : "", eventIds)
			.query((rs) -> {
				String carrierEventId = rs.getString("carrier_event_id");
				if (!rs.getBoolean("history")) {
					recorded.add(carrierEventId);
					return;
				}
				tracking.computeIfAbsent(rs.getObject("shipment_id", UUID.class), (id) -> new ArrayList<>())
					.add(new TrackingEvent(carrierEventId, TrackingStatus.valueOf(rs.getString("status")),
							rs.getString("description"), rs.getString("location"), instant(rs, "occurred_at"),
							instant(rs, "recorded_at"), rs.getBoolean("applied")));
			});
		List<Tracked> shipments = rows.stream()
			.map((row) -> new Tracked(
					Shipment.restore(new Shipment.Snapshot(row.id(), row.orderId(), row.warehouse(), row.address(),
							row.lines(), row.weightGrams(), row.status(), row.carrierChoice(), row.label(),
							row.createdAt(), row.dispatchedAt(), row.deliveredAt(), row.reason(), row.failedAt(),
							row.returnedAt(), row.recalledAt(), null, tracking.getOrDefault(row.id(), List.of()))),
					row.correlationId()))
			.toList();
		return new LockedForTracking(shipments, recorded);
	}

	private static String[] column(List<TrackingEvent> events, Function<TrackingEvent, String> value) {
		return events.stream().map(value).toArray(String[]::new);
	}

	private ShipmentRow row(ResultSet rs, int n) throws SQLException {
		String carrier = rs.getString("carrier");
		String service = rs.getString("service");
		String currency = rs.getString("cost_currency");
		Label label = (carrier != null)
				? new Label(carrier, (service != null) ? ServiceLevel.valueOf(service) : ServiceLevel.STANDARD,
						rs.getString("tracking_number"), rs.getString("tracking_url"),
						(currency != null) ? new Money(rs.getLong("cost_minor"), currency) : Money.zero("EUR"),
						instant(rs, "expected_delivery_at"))
				: null;
		String[] skus = (String[]) rs.getArray("line_skus").getArray();
		Integer[] quantities = (Integer[]) rs.getArray("line_quantities").getArray();
		List<ShipmentLine> lines = new ArrayList<>(skus.length);
		for (int i = 0; i < skus.length; i++) {
			lines.add(new ShipmentLine(skus[i], quantities[i]));
		}
		return new ShipmentRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getString("warehouse"), ShipmentStatus.valueOf(rs.getString("status")),
				new ShippingAddress(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
						rs.getString("ship_postal_code"), rs.getString("ship_city"), rs.getString("ship_country")),
				lines, rs.getInt("weight_grams"), rs.getString("carrier_choice"), label, instant(rs, "created_at"),
				instant(rs, "dispatched_at"), instant(rs, "delivered_at"), rs.getString("reason"),
				instant(rs, "failed_at"), instant(rs, "returned_at"), instant(rs, "recalled_at"),
				rs.getObject("correlation_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private record ShipmentRow(UUID id, UUID orderId, String warehouse, ShipmentStatus status, ShippingAddress address,
			List<ShipmentLine> lines, int weightGrams, String carrierChoice, Label label, Instant createdAt,
			Instant dispatchedAt, Instant deliveredAt, String reason, Instant failedAt, Instant returnedAt,
			Instant recalledAt, UUID correlationId) {
	}

	/** Carrier event ids asked about: are they recorded? */
	private record EventIds(String carrier, Set<String> ids) {
	}

}

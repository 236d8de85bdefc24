package io.openoms.shipping.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

/** Shipments in PostgreSQL: one row per shipment, its lines and its tracking history. */
@Repository
class JdbcShipments implements Shipments {

	private static final String SELECT_SHIPMENT = "select * from shipment";

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
	 * @param first whether this is the order's first shipment: it is not added if the
	 * order has any shipment already, and it conflicts with (or waits for) a concurrent
	 * insert of the same first shipment
	 */
	private boolean insert(Shipment shipment, UUID correlationId, boolean first) {
		Shipment.Snapshot s = shipment.snapshot();
		ShippingAddress a = s.address();
		boolean added = this.jdbc.sql("""
				insert into shipment (id, order_id, warehouse, status, ship_name, ship_line1, ship_line2,
				    ship_postal_code, ship_city, ship_country, created_at, correlation_id, weight_grams)
				select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
				where not ? or not exists (select 1 from shipment where order_id = ?)
				on conflict (order_id, warehouse) do nothing
				""")
			.params(s.id(), s.orderId(), s.warehouse(), s.status().name(), a.name(), a.line1(), a.line2(),
					a.postalCode(), a.city(), a.country(), Timestamp.from(s.createdAt()), correlationId,
					s.weightGrams(), first, s.orderId())
			.update() == 1;
		if (!added) {
			return false;
		}
		List<ShipmentLine> lines = s.lines();
		for (int i = 0; i < lines.size(); i++) {
			this.jdbc.sql("insert into shipment_line (shipment_id, line_no, sku, quantity) values (?, ?, ?, ?)")
				.params(s.id(), i + 1, lines.get(i).sku(), lines.get(i).quantity())
				.update();
		}
		return true;
	}

	@Override
	public void update(Shipment shipment) {
		Shipment.Snapshot s = shipment.snapshot();
		Label label = s.label();
		int updated = this.jdbc.sql("""
				update shipment set status = ?, carrier = ?, service = ?, tracking_number = ?, tracking_url = ?,
				    cost_minor = ?, cost_currency = ?, expected_delivery_at = ?, carrier_choice = ?,
				    tracking_status = ?, dispatched_at = ?, delivered_at = ?, reason = ?, failed_at = ?,
				    returned_at = ?, recalled_at = ?
				where id = ?
				""")
			.params(s.status().name(), (label != null) ? label.carrier() : null,
					(label != null) ? label.service().name() : null, (label != null) ? label.trackingNumber() : null,
					(label != null) ? label.trackingUrl() : null, (label != null) ? label.cost().amountMinor() : null,
					(label != null) ? label.cost().currency() : null,
					(label != null) ? Timestamp.from(label.expectedDeliveryAt()) : null, s.carrierChoice(),
					(s.trackingStatus() != null) ? s.trackingStatus().name() : null, timestamp(s.dispatchedAt()),
					timestamp(s.deliveredAt()), s.reason(), timestamp(s.failedAt()), timestamp(s.returnedAt()),
					timestamp(s.recalledAt()), s.id())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("shipment " + s.id() + " is not stored");
		}
		if (label != null) {
			for (TrackingEvent event : s.tracking()) {
				this.jdbc.sql("""
						insert into tracking_event (shipment_id, carrier, carrier_event_id, status, description,
						    location, occurred_at, recorded_at, applied)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (carrier, carrier_event_id) do nothing
						""")
					.params(s.id(), label.carrier(), event.carrierEventId(), event.status().name(), event.description(),
							event.location(), Timestamp.from(event.occurredAt()), Timestamp.from(event.recordedAt()),
							event.applied())
					.update();
			}
		}
	}

	@Override
	public Optional<Shipment> findById(UUID id) {
		return this.jdbc.sql(SELECT_SHIPMENT + " where id = ?")
			.param(id)
			.query(this::row)
			.optional()
			.map(this::restore);
	}

	@Override
	public List<Shipment> findByOrderId(UUID orderId) {
		return this.jdbc.sql(SELECT_SHIPMENT + " where order_id = ? order by created_at, warehouse")
			.param(orderId)
			.query(this::row)
			.list()
			.stream()
			.map(this::restore)
			.toList();
	}

	@Override
	public List<Tracked> lockByOrderId(UUID orderId) {
		return this.jdbc.sql(SELECT_SHIPMENT + " where order_id = ? order by id for update")
			.param(orderId)
			.query(this::row)
			.list()
			.stream()
			.map((row) -> new Tracked(restore(row), row.correlationId()))
			.toList();
	}

	@Override
	public Optional<UUID> orderIdOfTrackingNumber(String carrier, String trackingNumber) {
		return this.jdbc.sql("select order_id from shipment where carrier = ? and tracking_number = ?")
			.params(carrier, trackingNumber)
			.query(UUID.class)
			.optional();
	}

	@Override
	public boolean trackingEventRecorded(String carrier, String carrierEventId) {
		return this.jdbc.sql("select count(*) from tracking_event where carrier = ? and carrier_event_id = ?")
			.params(carrier, carrierEventId)
			.query(Long.class)
			.single() > 0;
	}

	private Shipment restore(ShipmentRow row) {
		List<ShipmentLine> lines = this.jdbc
			.sql("select sku, quantity from shipment_line where shipment_id = ? order by line_no")
			.param(row.id())
			.query((rs, n) -> new ShipmentLine(rs.getString("sku"), rs.getInt("quantity")))
			.list();
		List<TrackingEvent> tracking = this.jdbc.sql("""
				select carrier_event_id, status, description, location, occurred_at, recorded_at, applied
				from tracking_event where shipment_id = ? order by occurred_at, recorded_at
				""")
			.param(row.id())
			.query((rs, n) -> new TrackingEvent(rs.getString("carrier_event_id"),
					TrackingStatus.valueOf(rs.getString("status")), rs.getString("description"),
					rs.getString("location"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
					rs.getBoolean("applied")))
			.list();
		return Shipment.restore(new Shipment.Snapshot(row.id(), row.orderId(), row.warehouse(), row.address(), lines,
				row.weightGrams(), row.status(), row.carrierChoice(), row.label(), row.createdAt(), row.dispatchedAt(),
				row.deliveredAt(), row.reason(), row.failedAt(), row.returnedAt(), row.recalledAt(), null, tracking));
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
		return new ShipmentRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getString("warehouse"), ShipmentStatus.valueOf(rs.getString("status")),
				new ShippingAddress(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
						rs.getString("ship_postal_code"), rs.getString("ship_city"), rs.getString("ship_country")),
				rs.getInt("weight_grams"), rs.getString("carrier_choice"), label, instant(rs, "created_at"),
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
			int weightGrams, String carrierChoice, Label label, Instant createdAt, Instant dispatchedAt,
			Instant deliveredAt, String reason, Instant failedAt, Instant returnedAt, Instant recalledAt,
			UUID correlationId) {
	}

}

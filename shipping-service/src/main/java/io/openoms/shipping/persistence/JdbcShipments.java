package io.openoms.shipping.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.shipping.application.Shipments;
import io.openoms.shipping.domain.Label;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.ShipmentLine;
import io.openoms.shipping.domain.ShipmentStatus;
import io.openoms.shipping.domain.ShippingAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shipments in PostgreSQL: one row per shipment and its lines. */
@Repository
class JdbcShipments implements Shipments {

	private static final String SELECT_SHIPMENT = "select * from shipment";

	private final JdbcClient jdbc;

	JdbcShipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean addIfFirstForOrder(Shipment shipment, UUID correlationId) {
		Shipment.Snapshot s = shipment.snapshot();
		ShippingAddress a = s.address();
		boolean added = this.jdbc.sql("""
				insert into shipment (id, order_id, warehouse, status, ship_name, ship_line1, ship_line2,
				    ship_postal_code, ship_city, ship_country, created_at, correlation_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (order_id) do nothing
				""")
			.params(s.id(), s.orderId(), s.warehouse(), s.status().name(), a.name(), a.line1(), a.line2(),
					a.postalCode(), a.city(), a.country(), Timestamp.from(s.createdAt()), correlationId)
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
		if (s.label() != null) {
			update(shipment);
		}
		return true;
	}

	@Override
	public void update(Shipment shipment) {
		Shipment.Snapshot s = shipment.snapshot();
		Label label = s.label();
		int updated = this.jdbc.sql("""
				update shipment set status = ?, carrier = ?, tracking_number = ?, tracking_url = ?,
				    expected_delivery_at = ?, dispatched_at = ?, delivered_at = ?, reason = ?, failed_at = ?,
				    returned_at = ?, recalled_at = ?
				where id = ?
				""")
			.params(s.status().name(), (label != null) ? label.carrier() : null,
					(label != null) ? label.trackingNumber() : null, (label != null) ? label.trackingUrl() : null,
					(label != null) ? Timestamp.from(label.expectedDeliveryAt()) : null, timestamp(s.dispatchedAt()),
					timestamp(s.deliveredAt()), s.reason(), timestamp(s.failedAt()), timestamp(s.returnedAt()),
					timestamp(s.recalledAt()), s.id())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("shipment " + s.id() + " is not stored");
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
		return this.jdbc.sql(SELECT_SHIPMENT + " where order_id = ? order by created_at, id")
			.param(orderId)
			.query(this::row)
			.list()
			.stream()
			.map(this::restore)
			.toList();
	}

	@Override
	public Optional<Shipment> lockByOrderId(UUID orderId) {
		return this.jdbc.sql(SELECT_SHIPMENT + " where order_id = ? for update")
			.param(orderId)
			.query(this::row)
			.optional()
			.map(this::restore);
	}

	@Override
	public List<Tracked> lockDueForDelivery(Instant now, int limit) {
		return this.jdbc.sql(SELECT_SHIPMENT + """
				 where status = 'DISPATCHED' and expected_delivery_at <= ?
				order by expected_delivery_at, id
				limit ?
				for update skip locked
				""")
			.params(Timestamp.from(now), limit)
			.query(this::row)
			.list()
			.stream()
			.map((row) -> new Tracked(restore(row), row.correlationId()))
			.toList();
	}

	private Shipment restore(ShipmentRow row) {
		List<ShipmentLine> lines = this.jdbc
			.sql("select sku, quantity from shipment_line where shipment_id = ? order by line_no")
			.param(row.id())
			.query((rs, n) -> new ShipmentLine(rs.getString("sku"), rs.getInt("quantity")))
			.list();
		return Shipment.restore(new Shipment.Snapshot(row.id(), row.orderId(), row.warehouse(), row.address(), lines,
				row.status(), row.label(), row.createdAt(), row.dispatchedAt(), row.deliveredAt(), row.reason(),
				row.failedAt(), row.returnedAt(), row.recalledAt()));
	}

	private ShipmentRow row(ResultSet rs, int n) throws SQLException {
		String carrier = rs.getString("carrier");
		Label label = (carrier != null) ? new Label(carrier, rs.getString("tracking_number"),
				rs.getString("tracking_url"), instant(rs, "expected_delivery_at")) : null;
		return new ShipmentRow(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getString("warehouse"), ShipmentStatus.valueOf(rs.getString("status")),
				new ShippingAddress(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
						rs.getString("ship_postal_code"), rs.getString("ship_city"), rs.getString("ship_country")),
				label, instant(rs, "created_at"), instant(rs, "dispatched_at"), instant(rs, "delivered_at"),
				rs.getString("reason"), instant(rs, "failed_at"), instant(rs, "returned_at"),
				instant(rs, "recalled_at"), rs.getObject("correlation_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private record ShipmentRow(UUID id, UUID orderId, String warehouse, ShipmentStatus status, ShippingAddress address,
			Label label, Instant createdAt, Instant dispatchedAt, Instant deliveredAt, String reason, Instant failedAt,
			Instant returnedAt, Instant recalledAt, UUID correlationId) {
	}

}

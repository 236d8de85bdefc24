package io.openoms.order.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.order.application.Orders;
import io.openoms.order.domain.Fulfilment;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.OrderNote;
import io.openoms.order.domain.OrderStatus;
import io.openoms.order.domain.ShippingAddress;
import io.openoms.order.domain.StatusChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders in PostgreSQL: one row per order, its lines, and its history. */
@Repository
class JdbcOrders implements Orders {

	private static final String SELECT_ORDER = "select * from customer_order";

	private static final String STAGE = """
			insert into order_stage (order_id, status, placed_at, seconds)
			select id, ?, created_at, extract(epoch from cast(? as timestamptz) - created_at)
			from customer_order where id = ?
			on conflict do nothing
			""";

	private final JdbcClient jdbc;

	private final JdbcPriceBreakdowns breakdowns;

	JdbcOrders(JdbcClient jdbc, JdbcPriceBreakdowns breakdowns) {
		this.jdbc = jdbc;
		this.breakdowns = breakdowns;
	}

	@Override
	public void add(Order order) {
		Order.Snapshot o = order.snapshot();
		ShippingAddress a = o.shippingAddress();
		this.jdbc
			.sql("""
					insert into customer_order (id, customer_id, status, revision, total_minor, currency, payment_method,
					    ship_name, ship_line1, ship_line2, ship_postal_code, ship_city, ship_country, created_at, updated_at,
					    priority, backorder_policy, partial_allocation)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(o.id(), o.customerId(), o.status().name(), order.revision(), o.total().amountMinor(),
					o.total().currency(), o.paymentMethod(), a.name(), a.line1(), a.line2(), a.postalCode(), a.city(),
					a.country(), Timestamp.from(o.createdAt()), Timestamp.from(o.createdAt()),
					order.fulfilment().priority().name(),
					(order.fulfilment().backorder() != null) ? order.fulfilment().backorder().name() : null,
					order.fulfilment().partialAllocation())
			.update();
		List<OrderLine> lines = o.lines();
		for (int i = 0; i < lines.size(); i++) {
			OrderLine line = lines.get(i);
			this.jdbc.sql(
					"insert into order_line (order_id, line_no, sku, quantity, unit_price_minor, unit_weight_grams) values (?, ?, ?, ?, ?, ?)")
				.params(o.id(), i + 1, line.sku(), line.quantity(), line.unitPrice().amountMinor(),
						line.unitWeightGrams())
				.update();
		}
		order.pricing().ifPresent((pricing) -> this.breakdowns.insert(o.id(), pricing));
		insertHistory(o.id(), o.history(), 0);
	}

	@Override
	public void update(Order order) {
		Order.Snapshot o = order.snapshot();
		int storedRevision = this.jdbc.sql("select revision from customer_order where id = ?")
			.param(o.id())
			.query(Integer.class)
			.single();
		int storedNotes = this.jdbc.sql("select count(*) from order_note where order_id = ?")
			.param(o.id())
			.query(Integer.class)
			.single();
		insertHistory(o.id(), o.history(), storedRevision);
		for (OrderNote note : o.notes()) {
			if (note.sequence() > storedNotes) {
				this.jdbc.sql("insert into order_note (order_id, sequence, note, noted_at) values (?, ?, ?, ?)")
					.params(o.id(), note.sequence(), note.text(), Timestamp.from(note.at()))
					.update();
			}
		}
		Instant updatedAt = o.history().get(o.history().size() - 1).at();
		this.jdbc.sql("""
				update customer_order set status = ?, revision = ?, payment_id = ?, allocation_id = ?, warehouse = ?,
				    shipment_id = ?, carrier = ?, tracking_number = ?, updated_at = ?
				where id = ?
				""")
			.params(o.status().name(), order.revision(), o.paymentId(), o.allocationId(), o.warehouse(), o.shipmentId(),
					o.carrier(), o.trackingNumber(), Timestamp.from(updatedAt), o.id())
			.update();
	}

	private void insertHistory(UUID orderId, List<StatusChange> history, int storedRevision) {
		for (StatusChange change : history) {
			if (change.revision() <= storedRevision) {
				continue;
			}
			this.jdbc.sql("""
					insert into order_status_change (order_id, revision, from_status, to_status, reason, changed_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(orderId, change.revision(), (change.from() != null) ? change.from().name() : null,
						change.to().name(), change.reason(), Timestamp.from(change.at()))
				.update();
			// The reports' read model (JdbcReports): when the order first reached the
			// status.
			this.jdbc.sql(STAGE).params(change.to().name(), Timestamp.from(change.at()), orderId).update();
		}
	}

	@Override
	public Optional<Order> findById(UUID id) {
		return load(SELECT_ORDER + " where id = ?", id);
	}

	@Override
	public Optional<Order> lockById(UUID id) {
		return load(SELECT_ORDER + " where id = ? for update", id);
	}

	@Override
	public List<Order> search(String customerId, OrderStatus status, int limit) {
		return this.jdbc
			.sql(SELECT_ORDER + " where (cast(? as varchar) is null or customer_id = ?)"
					+ " and (cast(? as varchar) is null or status = ?) order by created_at desc limit ?")
			.params(customerId, customerId, (status != null) ? status.name() : null,
					(status != null) ? status.name() : null, limit)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list()
			.stream()
			.map((id) -> findById(id).orElseThrow())
			.toList();
	}

	private Optional<Order> load(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(this::orderRow).optional().map(this::restore);
	}

	private Order restore(OrderRow row) {
		List<OrderLine> lines = this.jdbc.sql(
				"select sku, quantity, unit_price_minor, unit_weight_grams from order_line where order_id = ? order by line_no")
			.param(row.id())
			.query((rs, n) -> new OrderLine(rs.getString("sku"), rs.getInt("quantity"),
					new Money(rs.getLong("unit_price_minor"), row.currency()),
					rs.getObject("unit_weight_grams", Integer.class)))
			.list();
		List<StatusChange> history = this.jdbc
			.sql("select * from order_status_change where order_id = ? order by revision")
			.param(row.id())
			.query((rs, n) -> new StatusChange(rs.getInt("revision"), status(rs.getString("from_status")),
					status(rs.getString("to_status")), rs.getString("reason"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
		List<OrderNote> notes = this.jdbc
			.sql("select sequence, note, noted_at from order_note where order_id = ? order by sequence")
			.param(row.id())
			.query((rs, n) -> new OrderNote(rs.getInt("sequence"), rs.getString("note"),
					rs.getTimestamp("noted_at").toInstant()))
			.list();
		return Order.restore(new Order.Snapshot(row.id(), row.customerId(), lines,
				new Money(row.totalMinor(), row.currency()), row.paymentMethod(), row.address(), row.createdAt(),
				row.status(), history, notes, row.paymentId(), row.allocationId(), row.warehouse(), row.shipmentId(),
				row.carrier(), row.trackingNumber(), row.fulfilment(), this.breakdowns.find(row.id()).orElse(null)));
	}

	private OrderRow orderRow(ResultSet rs, int n) throws SQLException {
		return new OrderRow(rs.getObject("id", UUID.class), rs.getString("customer_id"), status(rs.getString("status")),
				rs.getLong("total_minor"), rs.getString("currency"), rs.getString("payment_method"),
				new ShippingAddress(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
						rs.getString("ship_postal_code"), rs.getString("ship_city"), rs.getString("ship_country")),
				rs.getObject("payment_id", UUID.class), rs.getObject("allocation_id", UUID.class),
				rs.getString("warehouse"), rs.getObject("shipment_id", UUID.class), rs.getString("carrier"),
				rs.getString("tracking_number"), rs.getTimestamp("created_at").toInstant(),
				new Fulfilment(OrderPriority.valueOf(rs.getString("priority")),
						(rs.getString("backorder_policy") != null)
								? BackorderPolicy.valueOf(rs.getString("backorder_policy")) : null,
						rs.getBoolean("partial_allocation")));
	}

	private static OrderStatus status(String name) {
		return (name != null) ? OrderStatus.valueOf(name) : null;
	}

	private record OrderRow(UUID id, String customerId, OrderStatus status, long totalMinor, String currency,
			String paymentMethod, ShippingAddress address, UUID paymentId, UUID allocationId, String warehouse,
			UUID shipmentId, String carrier, String trackingNumber, Instant createdAt, Fulfilment fulfilment) {
	}

}

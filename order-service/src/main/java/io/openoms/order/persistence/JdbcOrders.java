package io.openoms.order.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.openoms.contracts.Money;
import io.openoms.contracts.order.BackorderPolicy;
import io.openoms.contracts.order.OrderPriority;
import io.openoms.order.application.OrderQuery;
import io.openoms.order.application.Orders;
import io.openoms.order.domain.Fulfilment;
import io.openoms.order.domain.Hold;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderEvent;
import io.openoms.order.domain.OrderLine;
import io.openoms.order.domain.OrderNote;
import io.openoms.order.domain.OrderStatus;
import io.openoms.order.domain.Origin;
import io.openoms.order.domain.ShippingAddress;
import io.openoms.order.domain.StatusChange;
import io.openoms.order.domain.pricing.PriceBreakdown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders in PostgreSQL: one row per order, its lines, its history, its notes and what was
 * allocated where.
 */
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
					    priority, backorder_policy, partial_allocation, channel, external_reference)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(o.id(), o.customerId(), o.status().name(), order.revision(), o.total().amountMinor(),
					o.total().currency(), o.paymentMethod(), a.name(), a.line1(), a.line2(), a.postalCode(), a.city(),
					a.country(), Timestamp.from(o.createdAt()), Timestamp.from(o.createdAt()),
					order.fulfilment().priority().name(),
					(order.fulfilment().backorder() != null) ? order.fulfilment().backorder().name() : null,
					order.fulfilment().partialAllocation(), o.origin().channel(), o.origin().reference())
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
		insertAllocatedUnits(o);
		Instant updatedAt = o.history().get(o.history().size() - 1).at();
		Hold hold = o.hold();
		this.jdbc.sql("""
				update customer_order set status = ?, revision = ?, payment_id = ?, allocation_id = ?, warehouse = ?,
				    shipment_id = ?, carrier = ?, tracking_number = ?, updated_at = ?, hold_reason = ?, held_at = ?,
				    withheld_status = ?
				where id = ?
				""")
			.params(o.status().name(), order.revision(), o.paymentId(), o.allocationId(), o.warehouse(), o.shipmentId(),
					o.carrier(), o.trackingNumber(), Timestamp.from(updatedAt), (hold != null) ? hold.reason() : null,
					(hold != null) ? Timestamp.from(hold.since()) : null,
					(hold != null && hold.withheld() != null) ? hold.withheld().name() : null, o.id())
			.update();
	}

	/** An order is allocated once: its units are written when they first appear. */
	private void insertAllocatedUnits(Order.Snapshot o) {
		if (o.allocatedUnits().isEmpty()) {
			return;
		}
		int stored = this.jdbc.sql("select count(*) from order_allocated_unit where order_id = ?")
			.param(o.id())
			.query(Integer.class)
			.single();
		if (stored > 0) {
			return;
		}
		List<OrderEvent.AllocatedUnits> units = o.allocatedUnits();
		for (int i = 0; i < units.size(); i++) {
			OrderEvent.AllocatedUnits unit = units.get(i);
			this.jdbc.sql(
					"insert into order_allocated_unit (order_id, line_no, sku, quantity, warehouse) values (?, ?, ?, ?, ?)")
				.params(o.id(), i + 1, unit.sku(), unit.quantity(), unit.warehouse())
				.update();
		}
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
	public boolean appendNote(UUID orderId, String text, Instant at) {
		boolean exists = !this.jdbc.sql("select id from customer_order where id = ? for update")
			.param(orderId)
			.query(UUID.class)
			.list()
			.isEmpty();
		if (exists) {
			this.jdbc
				.sql("insert into order_note (order_id, sequence, note, noted_at)"
						+ " select ?, coalesce(max(sequence), 0) + 1, ?, ? from order_note where order_id = ?")
				.params(orderId, text, Timestamp.from(at), orderId)
				.update();
		}
		return exists;
	}

	@Override
	public Optional<Order> findById(UUID id) {
		return load(SELECT_ORDER + " where id = ?", List.of(id)).stream().findFirst();
	}

	@Override
	public Optional<Order> lockById(UUID id) {
		return load(SELECT_ORDER + " where id = ? for update", List.of(id)).stream().findFirst();
	}

	/**
	 * One query for the page's rows, then one each for the lines, histories, notes and
	 * allocated units of all of them.
	 */
	@Override
	public List<Order> search(OrderQuery query) {
		StringBuilder sql = new StringBuilder(SELECT_ORDER + " where true");
		List<Object> params = new ArrayList<>();
		if (query.customerId() != null) {
			sql.append(" and customer_id = ?");
			params.add(query.customerId());
		}
		if (query.status() != null) {
			sql.append(" and status = ?");
			params.add(query.status().name());
		}
		if (query.channel() != null) {
			sql.append(" and channel = ?");
			params.add(query.channel());
		}
		if (query.held() != null) {
			// held=true reads the partial index customer_order_held (V11).
			sql.append(query.held() ? " and held_at is not null" : " and held_at is null");
		}
		if (query.placedFrom() != null) {
			sql.append(" and created_at >= ?");
			params.add(Timestamp.from(query.placedFrom()));
		}
		if (query.placedTo() != null) {
			sql.append(" and created_at < ?");
			params.add(Timestamp.from(query.placedTo()));
		}
		if (query.after() != null) {
			sql.append(" and (created_at, id) < (?, ?)");
			params.add(Timestamp.from(query.after().createdAt()));
			params.add(query.after().id());
		}
		sql.append(" order by created_at desc, id desc limit ?");
		params.add(query.limit());
		return load(sql.toString(), params);
	}

	private List<Order> load(String sql, List<?> params) {
		List<OrderRow> rows = this.jdbc.sql(sql).params(params).query(this::orderRow).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID[] ids = rows.stream().map(OrderRow::id).toArray(UUID[]::new);
		Map<UUID, String> currencies = rows.stream().collect(Collectors.toMap(OrderRow::id, OrderRow::currency));
		Map<UUID, List<OrderLine>> lines = byOrder(
				"select * from order_line where order_id = any(?) order by order_id, line_no", ids,
				(rs) -> new OrderLine(rs.getString("sku"), rs.getInt("quantity"),
						new Money(rs.getLong("unit_price_minor"), currencies.get(rs.getObject("order_id", UUID.class))),
						rs.getObject("unit_weight_grams", Integer.class)));
		Map<UUID, List<StatusChange>> histories = byOrder(
				"select * from order_status_change where order_id = any(?) order by order_id, revision", ids,
				(rs) -> new StatusChange(rs.getInt("revision"), status(rs.getString("from_status")),
						status(rs.getString("to_status")), rs.getString("reason"),
						rs.getTimestamp("changed_at").toInstant()));
		Map<UUID, List<OrderNote>> notes = byOrder(
				"select * from order_note where order_id = any(?) order by order_id, sequence", ids,
				(rs) -> new OrderNote(rs.getInt("sequence"), rs.getString("note"),
						rs.getTimestamp("noted_at").toInstant()));
		Map<UUID, List<OrderEvent.AllocatedUnits>> units = byOrder(
				"select * from order_allocated_unit where order_id = any(?) order by order_id, line_no", ids,
				(rs) -> new OrderEvent.AllocatedUnits(rs.getString("sku"), rs.getInt("quantity"),
						rs.getString("warehouse")));
		Map<UUID, PriceBreakdown> pricing = this.breakdowns.findAll(ids);
		return rows.stream()
			.map((row) -> Order
				.restore(new Order.Snapshot(row.id(), row.customerId(), lines.getOrDefault(row.id(), List.of()),
						new Money(row.totalMinor(), row.currency()), row.paymentMethod(), row.address(),
						row.createdAt(), row.status(), histories.getOrDefault(row.id(), List.of()),
						notes.getOrDefault(row.id(), List.of()), row.paymentId(), row.allocationId(), row.warehouse(),
						row.shipmentId(), row.carrier(), row.trackingNumber(), row.fulfilment(), row.origin(),
						row.hold(), units.getOrDefault(row.id(), List.of()), pricing.get(row.id()))))
			.toList();
	}

	private <T> Map<UUID, List<T>> byOrder(String sql, UUID[] ids, RowReader<T> reader) {
		Map<UUID, List<T>> byOrder = new HashMap<>();
		this.jdbc.sql(sql).param(ids).query((rs) -> {
			byOrder.computeIfAbsent(rs.getObject("order_id", UUID.class), (id) -> new ArrayList<>())
				.add(reader.read(rs));
		});
		return byOrder;
	}

	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private OrderRow orderRow(ResultSet rs, int n) throws SQLException {
		String withheld = rs.getString("withheld_status");
		Timestamp heldAt = rs.getTimestamp("held_at");
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
						rs.getBoolean("partial_allocation")),
				new Origin(rs.getString("channel"), rs.getString("external_reference")),
				(heldAt != null) ? new Hold(rs.getString("hold_reason"), heldAt.toInstant(), status(withheld)) : null);
	}

	private static OrderStatus status(String name) {
		return (name != null) ? OrderStatus.valueOf(name) : null;
	}

	private record OrderRow(UUID id, String customerId, OrderStatus status, long totalMinor, String currency,
			String paymentMethod, ShippingAddress address, UUID paymentId, UUID allocationId, String warehouse,
			UUID shipmentId, String carrier, String trackingNumber, Instant createdAt, Fulfilment fulfilment,
			Origin origin, Hold hold) {
	}

}

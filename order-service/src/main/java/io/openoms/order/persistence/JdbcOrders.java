package io.openoms.order.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders in PostgreSQL: one row per order, its lines, its history, its notes and what was
 * allocated where. Each operation is one statement where it can be (issue 8): an order is
 * read with all its rows in one query, and written with all its new rows in one statement
 * whose common table expressions insert into each table.
 */
@Repository
class JdbcOrders implements Orders {

	/**
	 * An order's row with its history, notes and allocated units (as JSON arrays of their
	 * columns), and its lines and discounts ({@link PricedRows}).
	 */
	private static final String SELECT_ORDER = """
			select o.*,
			    (select json_agg(json_build_array(c.revision, c.from_status, c.to_status, c.reason, c.changed_at)
			        order by c.revision)
			    from order_status_change c where c.order_id = o.id) as history_json,
			    (select json_agg(json_build_array(n.sequence, n.note, n.noted_at) order by n.sequence)
			    from order_note n where n.order_id = o.id) as notes_json,
			    (select json_agg(json_build_array(u.sku, u.quantity, u.warehouse) order by u.line_no)
			    from order_allocated_unit u where u.order_id = o.id) as units_json,
			""" + PricedRows.LINES_JSON + ",\n" + PricedRows.DISCOUNTS_JSON + "\n";

	/**
	 * Inserts the new history entries, notes and allocated units of the order the common
	 * table expression {@code o} wrote (its id and creation time), and records in the
	 * reports' read model ({@code order_stage}, JdbcReports) when the order first reached
	 * each status. Ends the statement with the number of order rows written.
	 */
	private static final String INSERT_CHANGES = """
			history as (
			    insert into order_status_change (order_id, revision, from_status, to_status, reason, changed_at)
			    select o.id, c.revision, c.from_status, c.to_status, c.reason, c.changed_at
			    from o, unnest(cast(? as int[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as text[]),
			        cast(? as timestamptz[])) as c(revision, from_status, to_status, reason, changed_at)
			    returning to_status, changed_at
			),
			stage as (
			    insert into order_stage (order_id, status, placed_at, seconds)
			    select o.id, h.to_status, o.created_at, extract(epoch from h.changed_at - o.created_at)
			    from o, history h
			    on conflict do nothing
			),
			notes as (
			    insert into order_note (order_id, sequence, note, noted_at)
			    select o.id, n.sequence, n.note, n.noted_at
			    from o, unnest(cast(? as int[]), cast(? as text[]), cast(? as timestamptz[])) as n(sequence, note, noted_at)
			),
			units as (
			    insert into order_allocated_unit (order_id, line_no, sku, quantity, warehouse)
			    select o.id, u.line_no, u.sku, u.quantity, u.warehouse
			    from o, unnest(cast(? as int[]), cast(? as varchar[]), cast(? as int[]), cast(? as varchar[]))
			        as u(line_no, sku, quantity, warehouse)
			)
			select count(*) from o
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcOrders(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The order with all its rows, in one statement. */
	@Override
	public void add(Order order) {
		Order.Snapshot o = order.snapshot();
		ShippingAddress a = o.shippingAddress();
		PriceBreakdown pricing = o.pricing();
		List<Object> params = new ArrayList<>(
				List.of(o.id(), o.customerId(), o.status().name(), order.revision(), o.notes().size(),
						o.total().amountMinor(), o.total().currency(), o.paymentMethod(), a.name(), a.line1()));
		params.addAll(Arrays.asList(a.line2(), a.postalCode(), a.city(), a.country(), Timestamp.from(o.createdAt()),
				Timestamp.from(o.createdAt()), order.fulfilment().priority().name(),
				(order.fulfilment().backorder() != null) ? order.fulfilment().backorder().name() : null,
				order.fulfilment().partialAllocation(), o.origin().channel(), o.origin().reference(),
				(pricing != null) ? pricing.subtotal().amountMinor() : null,
				(pricing != null) ? pricing.discounts().amountMinor() : null,
				(pricing != null) ? pricing.tax().amountMinor() : null,
				(pricing != null) ? pricing.taxRateBasisPoints() : null,
				(pricing != null) ? pricing.couponCode() : null));
		params.addAll(PricedRows.insertParams(o.lines(), pricing));
		params.addAll(changeParams(o.history(), o.notes(), o.allocatedUnits()));
		this.jdbc.sql("""
				with o as (
				    insert into customer_order (id, customer_id, status, revision, note_count, total_minor, currency,
				        payment_method, ship_name, ship_line1, ship_line2, ship_postal_code, ship_city, ship_country,
				        created_at, updated_at, priority, backorder_policy, partial_allocation, channel,
				        external_reference, subtotal_minor, discount_minor, tax_minor, tax_rate_basis_points,
				        coupon_code)
				    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				    returning id, created_at
				),
				""" + PricedRows.INSERT + ",\n" + INSERT_CHANGES).params(params).query(Integer.class).single();
		order.changesStored();
	}

	/**
	 * The order's new state, and its new history entries, notes and allocated units, in
	 * one statement; nothing if nothing changed. What is new the order knows
	 * ({@link Order#changes()}): it was loaded under the row lock ({@link #lockById}).
	 * The update checks that the stored revision and note count are the ones it was
	 * loaded with, so a change made past the lock fails instead of being lost.
	 */
	@Override
	public void update(Order order) {
		Order.Changes changes = order.changes();
		if (changes.isEmpty()) {
			return;
		}
		Order.Snapshot o = order.snapshot();
		Instant updatedAt = o.history().get(o.history().size() - 1).at();
		Hold hold = o.hold();
		List<Object> params = new ArrayList<>(
				Arrays.asList(o.status().name(), order.revision(), o.notes().size(), o.paymentId(), o.allocationId(),
						o.warehouse(), o.shipmentId(), o.carrier(), o.trackingNumber(), Timestamp.from(updatedAt),
						(hold != null) ? hold.reason() : null, (hold != null) ? Timestamp.from(hold.since()) : null,
						(hold != null && hold.withheld() != null) ? hold.withheld().name() : null, o.id(),
						changes.storedRevision(), changes.storedNotes()));
		params.addAll(changeParams(changes.newHistory(), changes.newNotes(), changes.newAllocatedUnits()));
		int updated = this.jdbc.sql("""
				with o as (
				    update customer_order set status = ?, revision = ?, note_count = ?, payment_id = ?,
				        allocation_id = ?, warehouse = ?, shipment_id = ?, carrier = ?, tracking_number = ?,
				        updated_at = ?, hold_reason = ?, held_at = ?, withheld_status = ?
				    where id = ? and revision = ? and note_count = ?
				    returning id, created_at
				),
				""" + INSERT_CHANGES).params(params).query(Integer.class).single();
		if (updated != 1) {
			throw new IllegalStateException("order " + o.id() + " changed since it was loaded at revision "
					+ changes.storedRevision() + " with " + changes.storedNotes() + " notes");
		}
		order.changesStored();
	}

	/** The parameters of {@link #INSERT_CHANGES}: an array per column. */
	private static List<Object> changeParams(List<StatusChange> history, List<OrderNote> notes,
			List<OrderEvent.AllocatedUnits> units) {
		return List.of(history.stream().map(StatusChange::revision).toArray(Integer[]::new),
				history.stream().map((c) -> (c.from() != null) ? c.from().name() : null).toArray(String[]::new),
				history.stream().map((c) -> c.to().name()).toArray(String[]::new),
				history.stream().map(StatusChange::reason).toArray(String[]::new),
				history.stream().map((c) -> c.at().toString()).toArray(String[]::new),
				notes.stream().map(OrderNote::sequence).toArray(Integer[]::new),
				notes.stream().map(OrderNote::text).toArray(String[]::new),
				notes.stream().map((n) -> n.at().toString()).toArray(String[]::new),
				IntStream.rangeClosed(1, units.size()).boxed().toArray(Integer[]::new),
				units.stream().map(OrderEvent.AllocatedUnits::sku).toArray(String[]::new),
				units.stream().map(OrderEvent.AllocatedUnits::quantity).toArray(Integer[]::new),
				units.stream().map(OrderEvent.AllocatedUnits::warehouse).toArray(String[]::new));
	}

	/**
	 * One statement: the update waits for the order's row lock, like a transition, and
	 * returns the committed note count plus one, the new note's number, so numbers never
	 * collide.
	 */
	@Override
	public boolean appendNote(UUID orderId, String text, Instant at) {
		return this.jdbc.sql("""
				with o as (
				    update customer_order set note_count = note_count + 1 where id = ? returning id, note_count
				)
				insert into order_note (order_id, sequence, note, noted_at)
				select o.id, o.note_count, ?, ? from o
				""").params(orderId, text, Timestamp.from(at)).update() == 1;
	}

	@Override
	public Optional<Order> findById(UUID id) {
		return load(SELECT_ORDER + "from customer_order o where o.id = ?", List.of(id)).stream().findFirst();
	}

	/**
	 * One query locks the row and reads the order. Should another transaction have
	 * changed the order while this one waited for the lock, the row is read as committed
	 * but its other rows as of before (the statement's snapshot): then the order is read
	 * again, under the lock.
	 */
	@Override
	public Optional<Order> lockById(UUID id) {
		List<LoadedOrder> locked = loadRows(SELECT_ORDER + "from customer_order o where o.id = ? for update of o",
				List.of(id));
		if (locked.isEmpty()) {
			return Optional.empty();
		}
		if (locked.get(0).isStale()) {
			locked = loadRows(SELECT_ORDER + "from customer_order o where o.id = ?", List.of(id));
		}
		return Optional.of(locked.get(0).order());
	}

	/** One query for the page's orders with all their rows. */
	@Override
	public List<Order> search(OrderQuery query) {
		StringBuilder sql = new StringBuilder("with page as (select * from customer_order where true");
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
		sql.append(" order by created_at desc, id desc limit ?)\n");
		params.add(query.limit());
		sql.append(SELECT_ORDER).append("from page o order by o.created_at desc, o.id desc");
		return load(sql.toString(), params);
	}

	private List<Order> load(String sql, List<?> params) {
		return loadRows(sql, params).stream().map(LoadedOrder::order).toList();
	}

	private List<LoadedOrder> loadRows(String sql, List<?> params) {
		return this.jdbc.sql(sql).params(params).query(this::loadedOrder).list();
	}

	private LoadedOrder loadedOrder(ResultSet rs, int n) throws SQLException {
		OrderRow row = orderRow(rs, n);
		JsonNode lines = array(rs, "lines_json");
		List<StatusChange> history = new ArrayList<>();
		for (JsonNode c : array(rs, "history_json")) {
			history.add(new StatusChange(c.get(0).asInt(), status(text(c.get(1))), status(c.get(2).asString()),
					text(c.get(3)), instant(c.get(4))));
		}
		List<OrderNote> notes = new ArrayList<>();
		for (JsonNode note : array(rs, "notes_json")) {
			notes.add(new OrderNote(note.get(0).asInt(), note.get(1).asString(), instant(note.get(2))));
		}
		List<OrderEvent.AllocatedUnits> units = new ArrayList<>();
		for (JsonNode unit : array(rs, "units_json")) {
			units.add(new OrderEvent.AllocatedUnits(unit.get(0).asString(), unit.get(1).asInt(), text(unit.get(2))));
		}
		PriceBreakdown pricing = null;
		long subtotal = rs.getLong("subtotal_minor");
		if (!rs.wasNull()) {
			pricing = PricedRows.breakdown(new PricedRows.Header(subtotal, rs.getLong("discount_minor"),
					rs.getLong("tax_minor"), rs.getInt("tax_rate_basis_points"), rs.getString("coupon_code"),
					row.totalMinor(), row.currency(), rs.getString("ship_country")), lines,
					array(rs, "discounts_json"));
		}
		Order order = Order.restore(new Order.Snapshot(row.id(), row.customerId(),
				PricedRows.lines(lines, row.currency()), new Money(row.totalMinor(), row.currency()),
				row.paymentMethod(), row.address(), row.createdAt(), row.status(), history, notes, row.paymentId(),
				row.allocationId(), row.warehouse(), row.shipmentId(), row.carrier(), row.trackingNumber(),
				row.fulfilment(), row.origin(), row.hold(), units, pricing));
		boolean stale = rs.getInt("revision") != history.size() || rs.getInt("note_count") != notes.size();
		return new LoadedOrder(order, stale);
	}

	private JsonNode array(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? this.json.readTree(value) : this.json.createArrayNode();
	}

	private static String text(JsonNode node) {
		return node.isNull() ? null : node.asString();
	}

	private static Instant instant(JsonNode node) {
		return OffsetDateTime.parse(node.asString()).toInstant();
	}

	/**
	 * An order as read, and whether its row is newer than its other rows (the row was
	 * changed while the query waited for its lock).
	 */
	private record LoadedOrder(Order order, boolean isStale) {
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

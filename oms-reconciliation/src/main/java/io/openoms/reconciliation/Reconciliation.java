package io.openoms.reconciliation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.openoms.reconciliation.Statuses.Allocation;
import io.openoms.reconciliation.Statuses.Movement;
import io.openoms.reconciliation.Statuses.Order;
import io.openoms.reconciliation.Statuses.Payment;
import io.openoms.reconciliation.Statuses.PaymentKind;
import io.openoms.reconciliation.Statuses.RefundTrigger;
import io.openoms.reconciliation.Statuses.Shipment;

/**
 * Checks, across the four services' data, the invariants an operator must be able to
 * trust: every order ends or is still in time, money is conserved (charged once; what was
 * charged or is held, minus what went back, is the total less operators' refunds for a
 * paid order and zero for a cancelled one; a shipped order's money is captured), stock
 * never goes negative and adds up from its movements, and no committed event stays
 * unpublished.
 *
 * <p>
 * Each database is read in one read-only, repeatable-read transaction, so facts inside
 * one service are consistent. Facts across services are compared only for orders whose
 * last change is older than the settle time: events still in flight are not violations.
 */
public final class Reconciliation {

	private static final Set<String> TERMINAL = Set.of(Order.COMPLETED, Order.CANCELLED);

	private final ServiceDatabases databases;

	private final ReconciliationSettings settings;

	private final Clock clock;

	public Reconciliation(ServiceDatabases databases, ReconciliationSettings settings, Clock clock) {
		this.databases = databases;
		this.settings = settings;
		this.clock = clock;
	}

	public ReconciliationReport run() {
		Instant now = this.clock.instant();
		List<Violation> violations = new ArrayList<>();
		Map<UUID, MoneyFacts> money = read(this.databases.payments(), this::money);
		InventoryFacts inventory = read(this.databases.inventory(), this::inventory);
		Map<UUID, List<String>> shipments = read(this.databases.shipping(), this::shipments);
		// Orders last: any payment, allocation or shipment read above belongs to an order
		// that
		// committed before it, so an order placed during the run is never a false orphan.
		Map<UUID, OrderFacts> orders = read(this.databases.orders(), this::orders);

		orders.values()
			.forEach((order) -> checkOrder(order, money.get(order.id()), inventory.allocations().get(order.id()),
					shipments.getOrDefault(order.id(), List.of()), now, violations));
		read(this.databases.orders(), (connection) -> checkPriceBreakdowns(connection, violations));
		read(this.databases.orders(), (connection) -> checkNoteCounts(connection, violations));
		checkOrphans("ORPHAN_PAYMENT", money.keySet(), orders, violations);
		checkOrphans("ORPHAN_ALLOCATION", inventory.allocations().keySet(), orders, violations);
		checkOrphans("ORPHAN_SHIPMENT", shipments.keySet(), orders, violations);
		violations.addAll(inventory.stockViolations());
		for (var database : List.of(this.databases.orders(), this.databases.payments(), this.databases.inventory(),
				this.databases.shipping())) {
			read(database, (connection) -> checkOutbox(connection, database, violations));
		}
		return new ReconciliationReport(now, orders.size(), List.copyOf(violations));
	}

	private void checkOrder(OrderFacts order, MoneyFacts money, AllocationFacts allocation,
			List<String> shipmentStatuses, Instant now, List<Violation> violations) {
		// A backordered order waits for stock by design; inventory-service's backorder
		// timeout bounds it, and BACKORDER_OVERDUE checks that bound. A held order waits
		// for an operator.
		if (!TERMINAL.contains(order.status()) && !Order.BACKORDERED.equals(order.status()) && !order.held()
				&& order.createdAt().isBefore(now.minus(this.settings.maxOrderAge()))) {
			violations.add(new Violation("ORDER_STUCK", order.id(), "still " + order.status() + " since "
					+ order.createdAt() + ", older than " + this.settings.maxOrderAge()));
		}
		MoneyFacts paid = (money != null) ? money : MoneyFacts.NONE;
		if (paid.charges() > 1) {
			violations.add(new Violation("DOUBLE_CHARGE", order.id(), paid.charges() + " successful charges"));
		}
		if (order.updatedAt().isAfter(now.minus(this.settings.settleTime()))) {
			return;
		}
		long net = paid.charged() + paid.held() - paid.refunded();
		long expected = switch (order.status()) {
			case Order.PAID, Order.BACKORDERED, Order.ALLOCATED, Order.SHIPPED, Order.COMPLETED ->
				order.totalMinor() - paid.refundedWhileKept();
			default -> 0;
		};
		if (net != expected) {
			violations.add(new Violation("MONEY_NOT_CONSERVED", order.id(),
					order.status() + " order with total " + order.totalMinor() + " " + order.currency() + ": charged "
							+ paid.charged() + " plus held " + paid.held() + " minus refunded " + paid.refunded()
							+ " is " + net + ", expected " + expected));
		}
		if (paid.held() > 0 && (order.status().equals(Order.SHIPPED) || order.status().equals(Order.COMPLETED))) {
			violations.add(new Violation("PAYMENT_NOT_CAPTURED", order.id(),
					order.status() + " order's payment of " + paid.held() + " " + order.currency()
							+ " is only authorized; it is captured when the order ships"));
		}
		String allocationStatus = (allocation != null) ? allocation.status() : null;
		String expectedAllocation = switch (order.status()) {
			case Order.BACKORDERED -> Allocation.BACKORDERED;
			case Order.ALLOCATED -> Allocation.ALLOCATED;
			case Order.SHIPPED, Order.COMPLETED -> Allocation.SHIPPED;
			default -> null;
		};
		if (expectedAllocation != null && !expectedAllocation.equals(allocationStatus)) {
			violations.add(new Violation("STOCK_STATE_MISMATCH", order.id(),
					order.status() + " order has allocation " + allocationStatus + ", expected " + expectedAllocation));
		}
		if (Order.CANCELLED.equals(order.status()) && Allocation.ALLOCATED.equals(allocationStatus)) {
			violations.add(new Violation("STOCK_NOT_RELEASED", order.id(), "cancelled order still holds its stock"));
		}
		if (Order.CANCELLED.equals(order.status()) && Allocation.BACKORDERED.equals(allocationStatus)) {
			violations.add(new Violation("STOCK_NOT_RELEASED", order.id(), "cancelled order still waits for stock"));
		}
		// A held order's withheld event never left: inventory-service has not seen
		// OrderPaid, shipping-service has not seen OrderAllocated.
		if (order.held() && !shipmentStatuses.isEmpty()) {
			violations.add(new Violation("HELD_ORDER_PASSED_ON", order.id(),
					"held order has shipment(s) " + shipmentStatuses + ", expected none until it is released"));
		}
		if (order.held() && Order.PAID.equals(order.withheld()) && allocationStatus != null) {
			violations.add(
					new Violation("HELD_ORDER_PASSED_ON", order.id(), "held order withholding OrderPaid has allocation "
							+ allocationStatus + ", expected none until it is released"));
		}
		// An order may ship in several parcels (one per warehouse): every one counts.
		if (Order.COMPLETED.equals(order.status())
				&& (shipmentStatuses.isEmpty() || !shipmentStatuses.stream().allMatch(Shipment.DELIVERED::equals))) {
			violations.add(new Violation("SHIPMENT_STATE_MISMATCH", order.id(), "completed order has shipment(s) "
					+ (shipmentStatuses.isEmpty() ? "null" : shipmentStatuses) + ", expected every one DELIVERED"));
		}
		List<String> onTheWay = shipmentStatuses.stream()
			.filter((status) -> Shipment.DISPATCHED.equals(status) || Shipment.DELIVERED.equals(status))
			.toList();
		if (Order.CANCELLED.equals(order.status()) && !onTheWay.isEmpty()) {
			violations.add(new Violation("SHIPMENT_STATE_MISMATCH", order.id(), "cancelled order has a shipment "
					+ String.join(", ", onTheWay) + ", expected none, RECALLED, RETURNED or FAILED"));
		}
	}

	private static void checkOrphans(String rule, Set<UUID> orderIds, Map<UUID, OrderFacts> orders,
			List<Violation> violations) {
		orderIds.stream()
			.filter((orderId) -> !orders.containsKey(orderId))
			.forEach((orderId) -> violations.add(new Violation(rule, orderId, "no such order in order-service")));
	}

	/**
	 * An order's price breakdown (ADR 0014) adds up: the total charged is the subtotal
	 * less the discounts, the sum of the lines' totals, and its tax the sum of theirs.
	 */
	private static Void checkPriceBreakdowns(Connection connection, List<Violation> violations) throws SQLException {
		query(connection, """
				select o.id, o.total_minor, o.subtotal_minor, o.discount_minor, o.tax_minor,
				    sum(l.total_minor), sum(l.tax_minor)
				from customer_order o join order_line l on l.order_id = o.id
				where o.subtotal_minor is not null
				group by o.id
				having o.total_minor <> o.subtotal_minor - o.discount_minor or o.total_minor <> sum(l.total_minor)
				    or o.tax_minor <> sum(l.tax_minor)
				""",
				(rs) -> violations.add(new Violation("PRICE_BREAKDOWN_MISMATCH", rs.getObject(1, UUID.class),
						"total " + rs.getLong(2) + " but subtotal " + rs.getLong(3) + " less discounts " + rs.getLong(4)
								+ ", lines " + rs.getLong(6) + "; tax " + rs.getLong(5) + " but lines' tax "
								+ rs.getLong(7))));
		return null;
	}

	/**
	 * An order's note count is the number of its last note: order-service numbers the
	 * next note from it, without reading the notes (V12).
	 */
	private static Void checkNoteCounts(Connection connection, List<Violation> violations) throws SQLException {
		query(connection, """
				select o.id, o.note_count, coalesce(max(n.sequence), 0)
				from customer_order o left join order_note n on n.order_id = o.id
				group by o.id
				having o.note_count <> coalesce(max(n.sequence), 0)
				""", (rs) -> violations.add(new Violation("NOTE_COUNT_MISMATCH", rs.getObject(1, UUID.class),
				"note count " + rs.getInt(2) + " but last note " + rs.getInt(3))));
		return null;
	}

	private Void checkOutbox(Connection connection, ServiceDatabases.Database database, List<Violation> violations)
			throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select count(*), min(created_at) from oms_messaging.outbox where published_at is null"
					+ " and created_at < now() - make_interval(secs => ?)")) {
			statement.setLong(1, this.settings.maxOutboxLag().toSeconds());
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				if (rs.getLong(1) > 0) {
					violations.add(new Violation("OUTBOX_LAG", null, rs.getLong(1) + " event(s) in "
							+ database.jdbcUrl() + " unpublished since " + rs.getTimestamp(2).toInstant()));
				}
			}
		}
		return null;
	}

	private Map<UUID, OrderFacts> orders(Connection connection) throws SQLException {
		Map<UUID, OrderFacts> orders = new HashMap<>();
		query(connection,
				"select id, status, total_minor, currency, created_at, updated_at, held_at is not null, withheld_status"
						+ " from customer_order",
				(rs) -> orders.put(rs.getObject(1, UUID.class),
						new OrderFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4),
								rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getBoolean(7),
								rs.getString(8))));
		return orders;
	}

	private Map<UUID, MoneyFacts> money(Connection connection) throws SQLException {
		Map<UUID, MoneyFacts> money = new HashMap<>();
		query(connection,
				Statuses.sql(
						"""
								select order_id,
								       count(*) filter (where kind = 'CHARGE' and status in ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'AUTHORIZED')),
								       coalesce(sum(amount_minor) filter (where kind = 'CHARGE' and status in ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')), 0),
								       coalesce(sum(amount_minor) filter (where kind = 'CHARGE' and status = 'AUTHORIZED'), 0),
								       coalesce(sum(amount_minor) filter (where kind = 'REFUND' and status = 'SUCCEEDED'), 0),
								       coalesce(sum(amount_minor) filter (where kind = 'REFUND' and status = 'SUCCEEDED'
								                                          and refund_trigger <> 'ORDER_CANCELLED'), 0)
								from payment group by order_id
								""",
						PaymentKind.class, Payment.class, RefundTrigger.class),
				(rs) -> money.put(rs.getObject(1, UUID.class),
						new MoneyFacts(rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))));
		return money;
	}

	private InventoryFacts inventory(Connection connection) throws SQLException {
		List<Violation> violations = new ArrayList<>();
		query(connection,
				Statuses.sql(
						"""
								select l.sku, l.warehouse, l.on_hand, l.reserved,
								       coalesce(m.on_hand, 0), coalesce(m.reserved, 0), coalesce(a.reserved, 0)
								from stock_level l
								left join (
								    select sku, warehouse,
								           sum(case movement_type when 'RECEIPT' then quantity when 'ADJUSTMENT' then quantity
								                                  when 'RETURN' then quantity when 'SHIPMENT' then -quantity else 0 end) as on_hand,
								           sum(case movement_type when 'ALLOCATION' then quantity when 'RELEASE' then -quantity
								                                  when 'SHIPMENT' then -quantity else 0 end) as reserved
								    from stock_movement group by sku, warehouse) m on m.sku = l.sku and m.warehouse = l.warehouse
								left join (
								    select al.sku, al.warehouse, sum(al.quantity) as reserved
								    from allocation a join allocation_line al on al.allocation_id = a.id
								    where a.status in ('ALLOCATED', 'BACKORDERED') group by al.sku, al.warehouse) a on a.sku = l.sku and a.warehouse = l.warehouse
								""",
						Movement.class, Allocation.class),
				(rs) -> {
					String where = rs.getString(1) + " in " + rs.getString(2);
					long onHand = rs.getLong(3);
					long reserved = rs.getLong(4);
					if (onHand < 0 || reserved < 0) {
						violations.add(new Violation("NEGATIVE_STOCK", null,
								where + ": on hand " + onHand + ", reserved " + reserved));
					}
					if (reserved > onHand) {
						violations.add(new Violation("RESERVED_EXCEEDS_ON_HAND", null,
								where + ": reserved " + reserved + " > on hand " + onHand));
					}
					if (onHand != rs.getLong(5) || reserved != rs.getLong(6)) {
						violations.add(new Violation("MOVEMENTS_DO_NOT_ADD_UP", null, where + ": level " + onHand + "/"
								+ reserved + ", movements give " + rs.getLong(5) + "/" + rs.getLong(6)));
					}
					if (reserved != rs.getLong(7)) {
						violations.add(new Violation("RESERVED_NOT_BACKED_BY_ALLOCATIONS", null,
								where + ": reserved " + reserved + ", open allocations hold " + rs.getLong(7)));
					}
				});
		Map<UUID, AllocationFacts> allocations = new HashMap<>();
		query(connection,
				Statuses.sql(
						"""
								select a.order_id, a.status, coalesce(sum(l.quantity), 0),
								       coalesce((select sum(quantity) from stock_movement m where m.order_id = a.order_id and m.movement_type = 'ALLOCATION'), 0),
								       coalesce((select sum(quantity) from stock_movement m where m.order_id = a.order_id and m.movement_type = 'RELEASE'), 0),
								       coalesce((select sum(quantity) from stock_movement m where m.order_id = a.order_id and m.movement_type = 'SHIPMENT'), 0)
								from allocation a left join allocation_line l on l.allocation_id = a.id
								group by a.order_id, a.status
								""",
						Movement.class),
				(rs) -> {
					UUID orderId = rs.getObject(1, UUID.class);
					String status = rs.getString(2);
					long lines = rs.getLong(3);
					allocations.put(orderId, new AllocationFacts(status));
					long expectedAllocated = Allocation.REJECTED.equals(status) ? 0 : lines;
					long expectedReleased = (Allocation.RELEASED.equals(status) || Allocation.EXPIRED.equals(status))
							? lines : 0;
					long expectedShipped = (Allocation.SHIPPED.equals(status) || Allocation.RETURNED.equals(status))
							? lines : 0;
					if (rs.getLong(4) != expectedAllocated || rs.getLong(5) != expectedReleased
							|| rs.getLong(6) != expectedShipped) {
						violations.add(new Violation("MOVEMENTS_DO_NOT_ADD_UP", orderId,
								status + " allocation of " + lines + " unit(s) has movements allocated " + rs.getLong(4)
										+ ", released " + rs.getLong(5) + ", shipped " + rs.getLong(6)));
					}
				});
		query(connection, Statuses.sql("""
				select order_id, expires_at from allocation
				where status = 'BACKORDERED' and expires_at < now() - make_interval(secs => %d)
				""".formatted(this.settings.settleTime().toSeconds()), Allocation.class),
				(rs) -> violations.add(new Violation("BACKORDER_OVERDUE", rs.getObject(1, UUID.class),
						"still waits for stock, expired at " + rs.getTimestamp(2).toInstant())));
		return new InventoryFacts(allocations, violations);
	}

	private Map<UUID, List<String>> shipments(Connection connection) throws SQLException {
		Map<UUID, List<String>> shipments = new HashMap<>();
		query(connection, "select order_id, status from shipment order by order_id, warehouse",
				(rs) -> shipments.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>())
					.add(rs.getString(2)));
		return shipments;
	}

	private static void query(Connection connection, String sql, RowHandler handler) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				handler.handle(rs);
			}
		}
	}

	private static <T> T read(ServiceDatabases.Database database, Reader<T> reader) {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setAutoCommit(false);
			try {
				return reader.read(connection);
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read " + database.jdbcUrl() + ": " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface Reader<T> {

		T read(Connection connection) throws SQLException;

	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

	/**
	 * @param held whether an operator holds the order (ADR 0013)
	 * @param withheld the transition whose event a held order withholds (PAID,
	 * ALLOCATED), or null
	 */
	private record OrderFacts(UUID id, String status, long totalMinor, String currency, Instant createdAt,
			Instant updatedAt, boolean held, String withheld) {
	}

	/**
	 * @param charges charges that took or hold money (more than one is a double charge)
	 * @param charged what charges took
	 * @param held what authorized charges hold, not taken yet
	 * @param refunded what refunds gave back
	 * @param refundedWhileKept what operators (or someone in the gateway's dashboard)
	 * gave back of orders that went on
	 */
	private record MoneyFacts(int charges, long charged, long held, long refunded, long refundedWhileKept) {

		static final MoneyFacts NONE = new MoneyFacts(0, 0, 0, 0, 0);

	}

	private record AllocationFacts(String status) {
	}

	private record InventoryFacts(Map<UUID, AllocationFacts> allocations, List<Violation> stockViolations) {
	}

}

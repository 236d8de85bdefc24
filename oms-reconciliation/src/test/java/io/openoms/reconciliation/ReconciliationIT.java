package io.openoms.reconciliation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.openoms.testsupport.TestDatabase;
import io.openoms.testsupport.TestInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit against the services' real schemas (built by their own migrations): a
 * consistent history is clean, and each kind of corruption is reported with its order id.
 */
class ReconciliationIT {

	private static final Instant LONG_AGO = Instant.now().minus(Duration.ofHours(1));

	private final UUID order = UUID.randomUUID();

	private ServiceDatabases databases;

	private JdbcClient orders;

	private JdbcClient payments;

	private JdbcClient inventory;

	private JdbcClient shipping;

	@BeforeEach
	void completedOrderAcrossAllFourServices() {
		TestDatabase ordersDb = migrated("order");
		TestDatabase paymentsDb = migrated("payment");
		TestDatabase inventoryDb = migrated("inventory");
		TestDatabase shippingDb = migrated("shipping");
		this.databases = new ServiceDatabases(database(ordersDb), database(paymentsDb), database(inventoryDb),
				database(shippingDb));
		this.orders = JdbcClient.create(dataSource(ordersDb));
		this.payments = JdbcClient.create(dataSource(paymentsDb));
		this.inventory = JdbcClient.create(dataSource(inventoryDb));
		this.shipping = JdbcClient.create(dataSource(shippingDb));

		insertOrder(this.order, "COMPLETED", 1998, LONG_AGO);
		insertPayment(this.order, "CHARGE", "SUCCEEDED", 1998, null);
		UUID allocation = UUID.randomUUID();
		this.inventory.sql(
				"insert into allocation (id, order_id, status, created_at, updated_at) values (?, ?, 'SHIPPED', now(), now())")
			.params(allocation, this.order)
			.update();
		this.inventory.sql(
				"insert into allocation_line (allocation_id, sku, warehouse, quantity) values (?, 'MUG-LOGO', 'WH-BERLIN', 2)")
			.param(allocation)
			.update();
		for (String type : new String[] { "ALLOCATION", "SHIPMENT" }) {
			this.inventory
				.sql("insert into stock_movement (sku, warehouse, movement_type, quantity, order_id, occurred_at)"
						+ " values ('MUG-LOGO', 'WH-BERLIN', ?, 2, ?, now())")
				.params(type, this.order)
				.update();
		}
		this.inventory
			.sql("update stock_level set on_hand = on_hand - 2 where sku = 'MUG-LOGO' and warehouse = 'WH-BERLIN'")
			.update();
		insertShipment(this.order, "DELIVERED");
	}

	@Test
	void consistentHistoryIsClean() {
		ReconciliationReport report = audit();

		assertThat(report.violations()).isEmpty();
		assertThat(report.ordersChecked()).isEqualTo(1);
	}

	@Test
	void completedOrderChargedLessThanItsTotalBreaksMoneyConservation() {
		this.payments.sql("update payment set amount_minor = 1000 where order_id = ?").param(this.order).update();

		assertThat(audit().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("MONEY_NOT_CONSERVED");
			assertThat(violation.orderId()).isEqualTo(this.order);
			assertThat(violation.detail()).contains("charged 1000", "expected 1998");
		});
	}

	@Test
	void cancelledOrderThatKeptItsMoneyIsReported() {
		UUID cancelled = UUID.randomUUID();
		insertOrder(cancelled, "CANCELLED", 500, LONG_AGO);
		insertPayment(cancelled, "CHARGE", "SUCCEEDED", 500, null);

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("MONEY_NOT_CONSERVED", cancelled));
	}

	@Test
	void refundedCancelledOrderIsClean() {
		UUID cancelled = UUID.randomUUID();
		insertOrder(cancelled, "CANCELLED", 500, LONG_AGO);
		UUID charge = insertPayment(cancelled, "CHARGE", "REFUNDED", 500, null);
		insertPayment(cancelled, "REFUND", "SUCCEEDED", 500, charge);

		assertThat(audit().violations()).isEmpty();
	}

	@Test
	void paidOrderPartlyRefundedByAnOperatorIsClean() {
		UUID kept = UUID.randomUUID();
		insertOrder(kept, "PAID", 1000, LONG_AGO);
		UUID charge = insertPayment(kept, "CHARGE", "PARTIALLY_REFUNDED", 1000, null, null, 300);
		insertPayment(kept, "REFUND", "SUCCEEDED", 300, charge, "OPERATOR", 0);

		// Old and still PAID, so stuck; but its money adds up.
		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("ORDER_STUCK", kept));
	}

	@Test
	void paidOrderWhoseMoneyIsOnlyAuthorizedIsCleanButAShippedOneIsNot() {
		UUID held = UUID.randomUUID();
		UUID shipped = UUID.randomUUID();
		insertOrder(held, "PAID", 1000, LONG_AGO);
		insertPayment(held, "CHARGE", "AUTHORIZED", 1000, null);
		insertOrder(shipped, "SHIPPED", 1000, LONG_AGO);
		insertPayment(shipped, "CHARGE", "AUTHORIZED", 1000, null);

		List<Violation> violations = audit().violations();
		assertThat(violations).extracting(Violation::rule, Violation::orderId)
			.contains(tuple("PAYMENT_NOT_CAPTURED", shipped))
			.doesNotContain(tuple("MONEY_NOT_CONSERVED", shipped));
		assertThat(violations).extracting(Violation::rule, Violation::orderId)
			.containsExactlyInAnyOrder(tuple("ORDER_STUCK", held), tuple("ORDER_STUCK", shipped),
					tuple("STOCK_STATE_MISMATCH", shipped), tuple("PAYMENT_NOT_CAPTURED", shipped));
	}

	@Test
	void secondChargeIsReportedEvenIfTheDatabaseConstraintWasLost() {
		this.payments.sql("drop index payment_one_charge_per_order").update();
		insertPayment(this.order, "CHARGE", "SUCCEEDED", 1998, null);

		assertThat(audit().violations()).extracting(Violation::rule)
			.containsExactlyInAnyOrder("DOUBLE_CHARGE", "MONEY_NOT_CONSERVED");
	}

	@Test
	void priceBreakdownThatDoesNotAddUpIsReported() {
		this.orders.sql("""
				update customer_order set subtotal_minor = 1998, discount_minor = 0, tax_minor = 319 where id = ?
				""").param(this.order).update();
		this.orders.sql("""
				insert into order_line (order_id, line_no, sku, quantity, unit_price_minor, total_minor, tax_minor)
				values (?, 1, 'MUG-LOGO', 2, 999, 1998, 319)
				""").param(this.order).update();
		assertThat(audit().violations()).isEmpty();

		this.orders.sql("update order_line set total_minor = 1898 where order_id = ?").param(this.order).update();

		assertThat(audit().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("PRICE_BREAKDOWN_MISMATCH");
			assertThat(violation.orderId()).isEqualTo(this.order);
			assertThat(violation.detail()).contains("lines 1898");
		});
	}

	@Test
	void noteCountThatIsNotTheLastNoteIsReported() {
		this.orders.sql("insert into order_note (order_id, sequence, note, noted_at) values (?, 1, 'a note', now())")
			.param(this.order)
			.update();

		assertThat(audit().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("NOTE_COUNT_MISMATCH");
			assertThat(violation.orderId()).isEqualTo(this.order);
		});

		this.orders.sql("update customer_order set note_count = 1 where id = ?").param(this.order).update();
		assertThat(audit().violations()).isEmpty();
	}

	@Test
	void orderNotTerminalAfterItsExpectedTimeIsStuck() {
		UUID stuck = UUID.randomUUID();
		insertOrder(stuck, "PAID", 700, LONG_AGO);
		insertPayment(stuck, "CHARGE", "SUCCEEDED", 700, null);

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.contains(tuple("ORDER_STUCK", stuck));
	}

	@Test
	void heldOrderWaitsForItsOperatorButMustNotHaveBeenPassedOn() {
		UUID waiting = UUID.randomUUID();
		insertOrder(waiting, "PAID", 700, LONG_AGO);
		insertPayment(waiting, "CHARGE", "SUCCEEDED", 700, null);
		hold(waiting, "PAID");
		UUID leaked = UUID.randomUUID();
		insertOrder(leaked, "CREATED", 0, LONG_AGO);
		hold(leaked, null);
		insertShipment(leaked, "CREATED");

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("HELD_ORDER_PASSED_ON", leaked));
	}

	private void hold(UUID orderId, String withheld) {
		this.orders
			.sql("update customer_order set hold_reason = 'check', held_at = now(), withheld_status = ? where id = ?")
			.params(withheld, orderId)
			.update();
	}

	@Test
	void stockLevelThatNoLongerMatchesItsMovementsIsReported() {
		this.inventory
			.sql("update stock_level set on_hand = on_hand - 1 where sku = 'CAP-NAVY' and warehouse = 'WH-MADRID'")
			.update();

		assertThat(audit().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("MOVEMENTS_DO_NOT_ADD_UP");
			assertThat(violation.detail()).contains("CAP-NAVY in WH-MADRID");
		});
	}

	@Test
	void negativeStockAndOverReservationAreReportedEvenIfConstraintsWereLost() {
		this.inventory
			.sql("alter table stock_level drop constraint stock_level_on_hand_not_negative,"
					+ " drop constraint stock_level_reserved_within_on_hand")
			.update();
		this.inventory.sql(
				"update stock_level set on_hand = -1, reserved = 0 where sku = 'SOCKS-3PACK' and warehouse = 'WH-MADRID'")
			.update();

		assertThat(audit().violations()).extracting(Violation::rule)
			.contains("NEGATIVE_STOCK", "RESERVED_EXCEEDS_ON_HAND", "MOVEMENTS_DO_NOT_ADD_UP");
	}

	@Test
	void cancelledOrderStillHoldingStockIsReported() {
		UUID cancelled = UUID.randomUUID();
		insertOrder(cancelled, "CANCELLED", 0, LONG_AGO);
		UUID allocation = UUID.randomUUID();
		this.inventory.sql(
				"insert into allocation (id, order_id, status, created_at, updated_at) values (?, ?, 'ALLOCATED', now(), now())")
			.params(allocation, cancelled)
			.update();
		this.inventory.sql(
				"insert into allocation_line (allocation_id, sku, warehouse, quantity) values (?, 'CAP-NAVY', 'WH-BERLIN', 1)")
			.param(allocation)
			.update();
		this.inventory
			.sql("insert into stock_movement (sku, warehouse, movement_type, quantity, order_id, occurred_at)"
					+ " values ('CAP-NAVY', 'WH-BERLIN', 'ALLOCATION', 1, ?, now())")
			.param(cancelled)
			.update();
		this.inventory
			.sql("update stock_level set reserved = reserved + 1 where sku = 'CAP-NAVY' and warehouse = 'WH-BERLIN'")
			.update();

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("STOCK_NOT_RELEASED", cancelled));
	}

	@Test
	void backorderedOrderHoldingPartOfItsLinesIsCleanUntilItsTimeRunsOut() {
		UUID waiting = UUID.randomUUID();
		insertOrder(waiting, "BACKORDERED", 999, LONG_AGO);
		insertPayment(waiting, "CHARGE", "SUCCEEDED", 999, null);
		UUID allocation = UUID.randomUUID();
		this.inventory.sql("""
				insert into allocation (id, order_id, status, expires_at, partial_allowed, created_at, updated_at)
				values (?, ?, 'BACKORDERED', now() + interval '1 day', true, now(), now())
				""").params(allocation, waiting).update();
		this.inventory.sql(
				"insert into allocation_line (allocation_id, sku, warehouse, quantity) values (?, 'CAP-NAVY', 'WH-BERLIN', 1)")
			.param(allocation)
			.update();
		this.inventory
			.sql("insert into stock_movement (sku, warehouse, movement_type, quantity, order_id, occurred_at)"
					+ " values ('CAP-NAVY', 'WH-BERLIN', 'ALLOCATION', 1, ?, now())")
			.param(waiting)
			.update();
		this.inventory
			.sql("update stock_level set reserved = reserved + 1 where sku = 'CAP-NAVY' and warehouse = 'WH-BERLIN'")
			.update();

		assertThat(audit().violations()).as("a backorder older than the maximum order age is not stuck").isEmpty();

		this.inventory.sql("update allocation set expires_at = now() - interval '1 hour' where id = ?")
			.param(allocation)
			.update();

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("BACKORDER_OVERDUE", waiting));
	}

	@Test
	void cancelledOrderStillWaitingForStockIsReported() {
		UUID cancelled = UUID.randomUUID();
		insertOrder(cancelled, "CANCELLED", 0, LONG_AGO);
		this.inventory.sql("""
				insert into allocation (id, order_id, status, expires_at, created_at, updated_at)
				values (?, ?, 'BACKORDERED', now() + interval '1 day', now(), now())
				""").params(UUID.randomUUID(), cancelled).update();

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("STOCK_NOT_RELEASED", cancelled));
	}

	@Test
	void completedOrderWithAParcelStillOnItsWayIsReported() {
		insertShipment(this.order, "WH-HAMBURG", "DISPATCHED");

		assertThat(audit().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("SHIPMENT_STATE_MISMATCH");
			assertThat(violation.orderId()).isEqualTo(this.order);
			assertThat(violation.detail()).contains("[DELIVERED, DISPATCHED]", "expected every one DELIVERED");
		});
	}

	@Test
	void completedOrderDeliveredInTwoParcelsIsClean() {
		insertShipment(this.order, "WH-HAMBURG", "DELIVERED");

		assertThat(audit().violations()).isEmpty();
	}

	@Test
	void paymentForAnOrderNobodyKnowsIsAnOrphan() {
		UUID unknown = UUID.randomUUID();
		insertPayment(unknown, "CHARGE", "SUCCEEDED", 100, null);

		assertThat(audit().violations()).extracting(Violation::rule, Violation::orderId)
			.containsExactly(tuple("ORPHAN_PAYMENT", unknown));
	}

	@Test
	void eventLeftUnpublishedBeyondTheBoundIsReported() {
		this.shipping
			.sql("insert into oms_messaging.outbox (event_id, topic, message_key, event_type, payload, created_at)"
					+ " values (?, 'oms.shipping.events', ?, 'ShipmentDelivered', '{}'::bytea, ?)")
			.params(UUID.randomUUID(), this.order.toString(), Timestamp.from(LONG_AGO))
			.update();

		assertThat(audit().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("OUTBOX_LAG");
			assertThat(violation.detail()).contains("1 event(s)");
		});
	}

	private ReconciliationReport audit() {
		return new Reconciliation(this.databases, ReconciliationSettings.defaults(), Clock.systemUTC()).run();
	}

	private void insertOrder(UUID id, String status, long totalMinor, Instant at) {
		this.orders.sql("""
				insert into customer_order (id, customer_id, status, revision, total_minor, currency, payment_method,
				    ship_name, ship_line1, ship_postal_code, ship_city, ship_country, created_at, updated_at)
				values (?, 'c-1', ?, 1, ?, 'EUR', 'pm_card_visa', 'Ada', 'Main St 1', '10115', 'Berlin', 'DE', ?, ?)
				""").params(id, status, totalMinor, Timestamp.from(at), Timestamp.from(at)).update();
	}

	private UUID insertPayment(UUID orderId, String kind, String status, long amountMinor, UUID refundOf) {
		return insertPayment(orderId, kind, status, amountMinor, refundOf,
				(refundOf != null) ? "ORDER_CANCELLED" : null, "REFUNDED".equals(status) ? amountMinor : 0);
	}

	private UUID insertPayment(UUID orderId, String kind, String status, long amountMinor, UUID refundOf,
			String refundTrigger, long refundedMinor) {
		UUID id = UUID.randomUUID();
		this.payments.sql("""
				insert into payment (id, order_id, kind, status, amount_minor, currency, payment_method, attempts,
				    created_at, updated_at, refund_of, refund_reason, refund_trigger, capture_method, refunded_minor,
				    correlation_id, request_key)
				values (?, ?, ?, ?, ?, 'EUR', 'pm_card_visa', 1, now(), now(), ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, orderId, kind, status, amountMinor, refundOf, (refundOf != null) ? "order cancelled" : null,
					refundTrigger, (refundOf != null) ? null : "AUTOMATIC", refundedMinor, orderId,
					"OPERATOR".equals(refundTrigger) ? "ticket-1" : null)
			.update();
		return id;
	}

	private void insertShipment(UUID orderId, String status) {
		insertShipment(orderId, "WH-BERLIN", status);
	}

	private void insertShipment(UUID orderId, String warehouse, String status) {
		this.shipping
			.sql("""
					insert into shipment (id, order_id, warehouse, status, ship_name, ship_line1, ship_postal_code, ship_city,
					    ship_country, created_at, correlation_id)
					values (?, ?, ?, ?, 'Ada', 'Main St 1', '10115', 'Berlin', 'DE', now(), ?)
					""")
			.params(UUID.randomUUID(), orderId, warehouse, status, orderId)
			.update();
	}

	private static TestDatabase migrated(String service) {
		TestDatabase database = TestInfrastructure.newDatabase("reconcile_" + service);
		DataSource dataSource = dataSource(database);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + service).load().migrate();
		Flyway.configure()
			.dataSource(dataSource)
			.schemas("oms_messaging")
			.createSchemas(true)
			.table("schema_history")
			.locations("classpath:io/openoms/messaging/db")
			.load()
			.migrate();
		return database;
	}

	private static DataSource dataSource(TestDatabase database) {
		return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
	}

	private static ServiceDatabases.Database database(TestDatabase database) {
		return new ServiceDatabases.Database(database.jdbcUrl(), database.username(), database.password());
	}

}

package io.openoms.inventory;

import java.util.UUID;

import io.openoms.inventory.application.ReceiveStock;
import io.openoms.inventory.application.ReceiveStockCommand;
import io.openoms.testsupport.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application context every integration test of inventory-service shares: the
 * whole service against a real broker and a fresh database, started once per test run.
 * Tests stay independent by working on SKUs and orders of their own.
 */
@SpringBootTest(classes = InventoryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + InventoryServiceApplication.CONFIG_NAME,
				"oms.inventory.backorder-sweep-interval=500ms" })
abstract class InventoryTestContext {

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected ReceiveStock receiveStock;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ServiceTestProperties.register(registry, "inventory");
	}

	/** A SKU no other test uses. */
	protected static String newSku(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	protected void receive(String sku, String warehouse, int quantity) {
		this.receiveStock.receive(new ReceiveStockCommand(sku, warehouse, quantity, "PO-TEST"));
	}

	protected int onHand(String sku, String warehouse) {
		return column("on_hand", sku, warehouse);
	}

	protected int reserved(String sku, String warehouse) {
		return column("reserved", sku, warehouse);
	}

	protected int available(String sku, String warehouse) {
		return column("on_hand - reserved", sku, warehouse);
	}

	/** The movements must explain every level: the ledger's invariant. */
	protected void assertLevelsEqualTheirMovements() {
		long mismatches = this.jdbc.sql("""
				select count(*) from stock_level l full join stock_level_rebuilt r using (sku, warehouse)
				where l.on_hand is distinct from r.on_hand or l.reserved is distinct from r.reserved
				""").query(Long.class).single();
		assertThat(mismatches).as("stock levels that differ from the sum of their movements").isZero();
	}

	private int column(String column, String sku, String warehouse) {
		return this.jdbc.sql("select " + column + " from stock_level where sku = ? and warehouse = ?")
			.params(sku, warehouse)
			.query(Integer.class)
			.single();
	}

}

package io.openoms.inventory.persistence;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import io.openoms.inventory.application.ExpectedReceipts;
import io.openoms.inventory.domain.ExpectedReceipt;
import io.openoms.inventory.domain.StockKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expected_receipt table. */
@Repository
class JdbcExpectedReceipts implements ExpectedReceipts {

	private final JdbcClient jdbc;

	JdbcExpectedReceipts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(ExpectedReceipt receipt) {
		this.jdbc.sql("""
				insert into expected_receipt (id, sku, warehouse, quantity, expected_on, reference)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(receipt.id(), receipt.key().sku(), receipt.key().warehouse(), receipt.quantity(),
					Date.valueOf(receipt.expectedOn()), receipt.reference())
			.update();
	}

	@Override
	public List<ExpectedReceipt> of(String sku) {
		return this.jdbc.sql("""
				select * from expected_receipt where sku = ?
				order by received_at is not null, expected_on, created_at
				""")
			.param(sku)
			.query((rs, n) -> new ExpectedReceipt(rs.getObject("id", UUID.class),
					new StockKey(rs.getString("sku"), rs.getString("warehouse")), rs.getInt("quantity"),
					rs.getDate("expected_on").toLocalDate(), rs.getString("reference"),
					rs.getTimestamp("received_at") != null))
			.list();
	}

	@Override
	public void markReceived(StockKey key, String reference) {
		this.jdbc.sql("""
				update expected_receipt set received_at = now()
				where sku = ? and warehouse = ? and reference = ? and received_at is null
				""").params(key.sku(), key.warehouse(), reference).update();
	}

}

package io.openoms.inventory.application;

import java.time.LocalDate;
import java.util.UUID;

import io.openoms.inventory.domain.ExpectedReceipt;
import io.openoms.inventory.domain.StockKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records goods a supplier announced: they count for the available-to-promise from their
 * date on, until a receipt with the same reference books them in.
 */
@Component
public class RegisterExpectedReceipt {

	private final Warehouses warehouses;

	private final ExpectedReceipts expectedReceipts;

	RegisterExpectedReceipt(Warehouses warehouses, ExpectedReceipts expectedReceipts) {
		this.warehouses = warehouses;
		this.expectedReceipts = expectedReceipts;
	}

	@Transactional
	public ExpectedReceipt register(String sku, String warehouse, int quantity, LocalDate expectedOn,
			String reference) {
		ExpectedReceipt receipt = new ExpectedReceipt(UUID.randomUUID(),
				new StockKey(sku, ReceiveStock.requireWarehouse(this.warehouses, warehouse)), quantity, expectedOn,
				reference, false);
		this.expectedReceipts.add(receipt);
		return receipt;
	}

}

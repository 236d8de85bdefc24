package io.openoms.inventory.application;

import java.util.List;

import io.openoms.inventory.domain.ExpectedReceipt;
import io.openoms.inventory.domain.StockKey;

/** Goods announced by suppliers, open until received. */
public interface ExpectedReceipts {

	void add(ExpectedReceipt receipt);

	/** The SKU's expected receipts, open ones first, by date. */
	List<ExpectedReceipt> of(String sku);

	/** Closes the open expected receipts of the key with the reference, if any. */
	void markReceived(StockKey key, String reference);

}

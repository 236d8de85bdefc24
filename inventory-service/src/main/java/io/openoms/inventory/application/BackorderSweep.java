package io.openoms.inventory.application;

import java.time.Clock;
import java.util.UUID;

import io.openoms.inventory.InventoryProperties;
import io.openoms.messaging.Causation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The backorders' safety net, on every instance: expires the orders that waited too long
 * and fills waiting orders whose stock arrived while an immediate fill could not run (a
 * crash right after a receipt, a row another transaction held). Every step locks what it
 * changes in the database, so any number of instances can sweep at once.
 */
@Component
public class BackorderSweep {

	private final Allocations allocations;

	private final ExpireBackorder expireBackorder;

	private final FillBackorders fillBackorders;

	private final Clock clock;

	private final int batchSize;

	BackorderSweep(Allocations allocations, ExpireBackorder expireBackorder, FillBackorders fillBackorders, Clock clock,
			InventoryProperties properties) {
		this.allocations = allocations;
		this.expireBackorder = expireBackorder;
		this.fillBackorders = fillBackorders;
		this.clock = clock;
		this.batchSize = properties.backorderBatchSize();
	}

	@Scheduled(fixedDelayString = "${oms.inventory.backorder-sweep-interval:5s}",
			initialDelayString = "${oms.inventory.backorder-sweep-interval:5s}")
	public void sweep() {
		this.allocations.overdue(this.clock.instant(), this.batchSize).forEach(this.expireBackorder::expireIfOverdue);
		var skus = this.allocations.skusWaitedFor();
		if (!skus.isEmpty()) {
			this.fillBackorders.fill(skus, Causation.newRequest(UUID.randomUUID()));
		}
	}

}

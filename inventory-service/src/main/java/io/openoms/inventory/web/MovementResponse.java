package io.openoms.inventory.web;

import java.time.Instant;
import java.util.UUID;

import io.openoms.inventory.domain.StockMovement;

/** One stock movement. */
record MovementResponse(String type, String sku, String warehouse, int quantity, UUID orderId, String reference,
		String reason, Instant occurredAt) {

	static MovementResponse of(StockMovement movement) {
		return new MovementResponse(movement.type().name(), movement.sku(), movement.warehouse(), movement.quantity(),
				movement.orderId(), movement.reference(), movement.reason(), movement.occurredAt());
	}

}

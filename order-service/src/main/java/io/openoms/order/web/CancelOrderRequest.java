package io.openoms.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders/{id}/cancel}: why the order is cancelled, for its
 * history.
 */
record CancelOrderRequest(@NotBlank @Size(max = 500) String reason) {
}

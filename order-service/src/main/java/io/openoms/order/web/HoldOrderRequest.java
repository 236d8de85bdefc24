package io.openoms.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders/{id}/hold} (why, required) and {@code POST
 * /api/orders/{id}/release} (optional), for the order's history.
 */
record HoldOrderRequest(@NotBlank @Size(max = 500) String reason) {
}

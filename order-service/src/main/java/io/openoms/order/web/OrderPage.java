package io.openoms.order.web;

import java.util.List;

/**
 * One page of {@code GET /api/orders}: the orders, newest first, and the cursor of the
 * next page (null on the last).
 */
record OrderPage(List<OrderResponse> items, String nextCursor) {
}

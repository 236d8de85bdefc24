package io.openoms.order.domain;

import java.time.Instant;

/**
 * One entry of an order's history.
 *
 * @param revision 1 for the creation, then one more per transition
 * @param from the status before, null for the creation
 * @param to the status after
 * @param reason why, in words an operator understands
 * @param at when
 */
public record StatusChange(int revision, OrderStatus from, OrderStatus to, String reason, Instant at) {
}

package io.openoms.order.domain;

import java.time.Instant;

/**
 * Something the order's history must show that is not a status change: a compensation
 * that completed, or a late event that was answered without a transition.
 *
 * @param sequence 1 for the first note of the order, then one more per note
 * @param text what happened and why
 * @param at when
 */
public record OrderNote(int sequence, String text, Instant at) {
}

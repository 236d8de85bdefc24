package io.openoms.order.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An operator's hold on an order: the order keeps reacting to what other services report
 * (its status stays true), but the event that would make them act next ({@code OrderPaid}
 * for inventory, {@code OrderAllocated} for shipping) is withheld until the hold is
 * released.
 *
 * @param reason why, in the operator's words
 * @param since when the order was put on hold
 * @param withheld the transition whose event is withheld (PAID or ALLOCATED), or null
 * while nothing is
 */
public record Hold(String reason, Instant since, OrderStatus withheld) {

	public Hold {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(since, "since");
	}

	Hold withholding(OrderStatus transition) {
		return new Hold(this.reason, this.since, transition);
	}

}

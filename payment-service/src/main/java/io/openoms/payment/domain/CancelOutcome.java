package io.openoms.payment.domain;

import java.util.Objects;

/** How the gateway answered a request to release a charge's hold. */
public sealed interface CancelOutcome {

	/** The hold is released; nothing was or will be taken. */
	record Cancelled() implements CancelOutcome {
	}

	/**
	 * Too late: the charge settled before the request arrived (the customer completed
	 * authentication a moment earlier). Its outcome is recorded instead, and money that
	 * was taken then goes back in a refund.
	 *
	 * @param outcome how the charge settled
	 */
	record Overtaken(ChargeOutcome outcome) implements CancelOutcome {

		public Overtaken {
			Objects.requireNonNull(outcome, "outcome");
		}

	}

}
